import { defineTranslation } from '../../define';
import type { network as english } from '../en/network';

export const network = defineTranslation<typeof english>()({
  'network.title': 'Nätverk',
  'network.me': 'Du',
  'network.view.label': 'Visa nätverket som',
  'network.view.graph': 'Graf',
  'network.view.list': 'Lista',
  'network.canvasLabel': {
    one: 'Nätverksgraf med {count} person',
    other: 'Nätverksgraf med {count} personer',
  },
  'network.canvasHelp':
    'Piltangenterna flyttar mellan personer, Enter öppnar den valda personen, Escape tar bort valet, + och − zoomar. Med mus: dra för att flytta och håll ned Ctrl medan du scrollar för att zooma.',
  'network.shown': {
    one: 'Visar {shown} av {count} person',
    other: 'Visar {shown} av {count} personer',
  },
  'network.everyone': { one: '{count} person', other: '{count} personer' },
  'network.loading': 'Ritar upp ditt nätverk…',
  'network.layoutProgress': 'Hur långt grafen har kommit',
  'network.layoutFailed': 'Grafen kunde inte ritas upp. Listvyn visar samma personer.',
  'network.zoomIn': 'Zooma in',
  'network.zoomOut': 'Zooma ut',
  'network.fit': 'Visa alla',
  'network.controls': 'Grafens reglage',

  'network.search.label': 'Hitta en person',
  'network.search.placeholder': 'Namn, organisation eller tagg',
  'network.search.results': 'Personer som hittades',
  'network.search.noMatch': 'Ingen i nätverket matchar ”{query}”.',
  'network.search.hidden': 'dold av filtren',

  'network.filters.title': 'Filter',
  'network.filters.active': { one: '{count} aktivt', other: '{count} aktiva' },
  'network.filter.status': 'Status',
  'network.filter.anyStatus': 'Alla statusar',
  'network.filter.tier': 'Hur nära',
  'network.filter.anyTier': 'Alla nivåer',
  'network.filter.tag': 'Tagg',
  'network.filter.anyTag': 'Alla taggar',
  'network.filter.group': 'Grupp',
  'network.filter.anyGroup': 'Alla grupper',
  'network.filter.affiliation': 'Inom eller utanför',
  'network.filter.anyAffiliation': 'Båda',
  'network.filter.internal': 'Interna',
  'network.filter.external': 'Externa',
  'network.filter.onlyOverdue': 'Bara över tiden',
  'network.filter.clear': 'Rensa filter',
  'network.filter.noMatch': 'Ingen passar de här filtren.',

  'network.tier.inner': 'Innersta kretsen',
  'network.tier.close': 'Nära',
  'network.tier.active': 'Aktiv',
  'network.tier.wide': 'Bred',
  'network.tier.acquaintance': 'Bekant',
  'network.flag.you-owe': 'Du står i skuld',
  'network.flag.one-sided': 'Ensidig ansträngning',
  'network.flag.over-giving': 'Ger mycket',

  'network.card.label': 'Vald person',
  'network.card.open': 'Öppna',
  'network.card.openLabel': 'Öppna {name}',
  'network.card.log': 'Logga',
  'network.card.logLabel': 'Logga en kontakt med {name}',
  'network.card.clear': 'Ta bort valet',
  'network.card.meBody': 'Det här är du: alla i ditt nätverk är kopplade till dig.',
  'network.card.knows': {
    one: 'Kopplad till {count} person här',
    other: 'Kopplad till {count} personer här',
  },
  'network.card.bridge': 'En brygga mellan kluster',

  'network.legend.title': 'Så läser du grafen',
  'network.legend.colour': 'Färg: status för att hålla kontakten',
  'network.legend.size': 'Storlek: hur stark relationen är',
  'network.legend.halo': 'Ring: ge och ta värt en titt',
  'network.legend.bridge': 'Romb: en brygga mellan kluster',
  'network.legend.cluster': 'Svag ton: ett kluster av personer som känner varandra',

  'network.insights.title': 'Kluster och bryggor',
  'network.insights.clusters': 'Kluster',
  'network.insights.unnamed': 'Kluster {number}',
  'network.insights.size': { one: '{count} person', other: '{count} personer' },
  'network.insights.noClusters':
    'Inga kluster än: koppla ihop personer med varandra för att se dem.',
  'network.insights.bridges': 'Bryggor',
  'network.insights.bridgesHelp':
    'Personer som förbinder kluster som annars knappt möts. Håll de relationerna varma så hänger nätverket ihop.',
  'network.insights.noBridges': 'Ingen förbinder två kluster än.',
  'network.insights.show': 'Visa {name} i grafen',

  'network.list.label': 'Personer i nätverket',

  'network.empty.title': 'Ingen att rita upp än',
  'network.empty.body':
    'Nätverksgrafen visar personerna du känner och hur de hänger ihop. Lägg till några personer, eller utforska demonätverket.',
  'network.empty.add': 'Lägg till en person',
  'network.empty.demo': 'Prova demonätverket',
});
