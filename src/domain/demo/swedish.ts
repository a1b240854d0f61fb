// The demo network in Swedish. The network is generated in English, always from the same
// seed, so both languages get the same people, touches and links; only then are its texts
// (roles, expertise, tags, notes, how people met, groups and goals) put into Swedish with
// this one table. One table for every text keeps a goal's needed expertise and the people's
// own expertise the same words, so the goals still find who can help. Names and
// organisations are left as they are: they are names.
import { searchTextOf } from '../contact';
import type { Contact } from '../types';
import type { Network } from './generate-network';

const SWEDISH: Readonly<Record<string, string>> = {
  // Roles
  CEO: 'Vd',
  CFO: 'Ekonomichef',
  'Head of People': 'HR-chef',
  'HR business partner': 'HR-partner',
  'Head of Product': 'Produktchef',
  'Product manager': 'Produktansvarig',
  'Software engineer': 'Mjukvaruutvecklare',
  'Engineering manager': 'Utvecklingschef',
  'Data scientist': 'Dataanalytiker',
  'Sales director': 'Försäljningsdirektör',
  'Key account manager': 'Key account manager',
  'Marketing manager': 'Marknadschef',
  Controller: 'Controller',
  'Legal counsel': 'Bolagsjurist',
  'Sustainability lead': 'Hållbarhetsansvarig',
  Designer: 'Designer',
  'Operations manager': 'Driftchef',
  Partner: 'Delägare',
  'Managing director': 'Verkställande direktör',
  'Investment manager': 'Investeringsansvarig',
  'Management consultant': 'Managementkonsult',
  Professor: 'Professor',
  'Executive recruiter': 'Chefsrekryterare',
  Founder: 'Grundare',
  'Board chair': 'Styrelseordförande',
  Journalist: 'Journalist',
  'Cloud architect': 'Molnarkitekt',
  'Business development manager': 'Affärsutvecklare',
  Auditor: 'Revisor',
  'Country manager Germany': 'Landschef Tyskland',
  'Pricing lead': 'Prissättningsansvarig',
  Lawyer: 'Advokat',
  'Head of data': 'Datachef',
  // Teams, as internal people's tags
  Management: 'Ledning',
  Finance: 'Ekonomi',
  HR: 'HR',
  Product: 'Produkt',
  Engineering: 'Utveckling',
  Sales: 'Försäljning',
  Marketing: 'Marknad',
  Legal: 'Juridik',
  Operations: 'Drift',
  // Expertise
  leadership: 'ledarskap',
  'board work': 'styrelsearbete',
  strategy: 'strategi',
  finance: 'finans',
  'M&A': 'M&A',
  pricing: 'prissättning',
  recruiting: 'rekrytering',
  'employment law': 'arbetsrätt',
  'product strategy': 'produktstrategi',
  'customer insight': 'kundinsikt',
  cloud: 'molntjänster',
  security: 'säkerhet',
  'data science': 'dataanalys',
  AI: 'AI',
  sales: 'försäljning',
  negotiation: 'förhandling',
  Germany: 'Tyskland',
  marketing: 'marknadsföring',
  brand: 'varumärke',
  legal: 'juridik',
  contracts: 'avtal',
  sustainability: 'hållbarhet',
  'ESG reporting': 'ESG-rapportering',
  'UX design': 'UX-design',
  operations: 'drift',
  'supply chain': 'försörjningskedja',
  fundraising: 'kapitalanskaffning',
  'change management': 'förändringsledning',
  research: 'forskning',
  governance: 'bolagsstyrning',
  media: 'media',
  communication: 'kommunikation',
  partnerships: 'partnerskap',
  'public speaking': 'att tala inför publik',
  mentoring: 'mentorskap',
  'Nordic markets': 'nordiska marknader',
  'German labour law': 'tysk arbetsrätt',
  // Tags
  customer: 'kund',
  supplier: 'leverantör',
  investor: 'investerare',
  mentor: 'mentor',
  'former colleague': 'före detta kollega',
  alumni: 'alumn',
  speaker: 'talare',
  'potential hire': 'möjlig rekrytering',
  'industry peer': 'branschkollega',
  // How we met
  'Joined the same project': 'Började i samma projekt',
  'Onboarding week': 'Introduktionsveckan',
  'Same floor at the office': 'Samma våning på kontoret',
  'Worked together on the budget': 'Jobbade ihop med budgeten',
  'Met at a conference in Berlin': 'Träffades på en konferens i Berlin',
  'Customer project': 'Kundprojekt',
  'Studied together in Uppsala': 'Pluggade ihop i Uppsala',
  'Former colleagues': 'Tidigare kollegor',
  'Through the leadership network': 'Genom ledarnätverket',
  'Padel club': 'Padelklubben',
  'Sat next to each other at a dinner': 'Satt bredvid varandra på en middag',
  'LinkedIn message after a talk': 'Meddelande på LinkedIn efter ett föredrag',
  Neighbours: 'Grannar',
  'Met at the energy summit last month': 'Träffades på energitoppmötet förra månaden',
  'Spoke after my panel': 'Pratade efter min panel',
  'New customer contact': 'Ny kundkontakt',
  'Introduced at a breakfast seminar': 'Presenterades på ett frukostseminarium',
  // Notes about a person
  'Loves sailing in the archipelago.': 'Älskar att segla i skärgården.',
  'Two kids, lives in Nacka.': 'Två barn, bor i Nacka.',
  'Training for Vasaloppet.': 'Tränar inför Vasaloppet.',
  'Prefers calls over email.': 'Ringer hellre än mejlar.',
  'Moved from Berlin last year.': 'Flyttade från Berlin förra året.',
  'Writes a newsletter on energy markets.': 'Skriver ett nyhetsbrev om energimarknaden.',
  'Vegetarian; likes Italian food.': 'Vegetarian; gillar italiensk mat.',
  'Very direct, appreciates short messages.': 'Mycket rak, uppskattar korta meddelanden.',
  // Next time
  'Ask how the move to Munich went.': 'Fråga hur flytten till München gick.',
  'Ask about the new role.': 'Fråga om den nya rollen.',
  'Congratulate on the funding round.': 'Gratulera till finansieringsrundan.',
  'Send the pricing article.': 'Skicka artikeln om prissättning.',
  'Ask for feedback on the board deck.': 'Be om synpunkter på styrelsepresentationen.',
  // Notes of touches
  'Talked about the reorganisation.': 'Pratade om omorganisationen.',
  'Quick catch-up before the summer.': 'Snabb avstämning före sommaren.',
  'Discussed pricing for the new offer.': 'Diskuterade prissättningen av det nya erbjudandet.',
  'Shared thoughts on hiring a data lead.': 'Delade tankar om att anställa en datachef.',
  'Advice on entering the German market.': 'Råd om att gå in på den tyska marknaden.',
  'Caught up after the conference.': 'Stämde av efter konferensen.',
  'Brainstormed the board agenda.': 'Spånade kring styrelsens dagordning.',
  'Lunch near Stureplan.': 'Lunch vid Stureplan.',
  'Talked about kids and schools.': 'Pratade om barn och skolor.',
  'Asked for an intro to their CFO.': 'Bad om en presentation för deras ekonomichef.',
  'Reviewed the cloud migration plan.': 'Gick igenom planen för molnflytten.',
  'Congratulated them on the new job.': 'Gratulerade till det nya jobbet.',
  'Planned the next network meeting.': 'Planerade nästa nätverksträff.',
  // Relations
  Siblings: 'Syskon',
  // Groups
  'Nordic Leadership Forum': 'Nordiskt ledarforum',
  'Chaired by two former CEOs of listed companies.':
    'Leds av två tidigare vd:ar för börsnoterade bolag.',
  'Confidential round-table; one guest speaker per meeting.':
    'Förtroliga rundabordssamtal; en gästtalare per träff.',
  'Board of Skärgårdens Rederi': 'Styrelsen i Skärgårdens Rederi',
  'Chair has sat on five boards.': 'Ordföranden har suttit i fem styrelser.',
  'I joined as an independent member.': 'Jag gick in som oberoende ledamot.',
  'Management team': 'Ledningsgruppen',
  'Weekly on Monday mornings.': 'Varje vecka på måndagsmorgonen.',
  'Tuesday padel': 'Tisdagspadel',
  'Court booked at 07:00.': 'Banan bokad kl. 07.00.',
  // Goals
  'Expand into the German market': 'Etablera oss på den tyska marknaden',
  'The board wants a German subsidiary within 18 months, possibly through an acquisition.':
    'Styrelsen vill ha ett tyskt dotterbolag inom 18 månader, kanske genom ett förvärv.',
  'Hire a head of data': 'Anställa en datachef',
  'We need someone to own data and AI across the company.':
    'Vi behöver någon som äger data och AI i hela företaget.',
};

/** A demo text in Swedish; a text the table does not hold (a name) stays as it is. */
export function inSwedish(text: string): string {
  return SWEDISH[text] ?? text;
}

/** True when the table has a Swedish text for this demo text (the tests check every one). */
export function hasSwedish(text: string): boolean {
  return Object.hasOwn(SWEDISH, text);
}

const all = (texts: readonly string[]) => texts.map(inSwedish);

function swedishContact(contact: Contact): Contact {
  const translated: Contact = {
    ...contact,
    role: inSwedish(contact.role),
    expertise: all(contact.expertise),
    tags: all(contact.tags),
    howWeMet: inSwedish(contact.howWeMet),
    notes: inSwedish(contact.notes),
    nextTimeNote: inSwedish(contact.nextTimeNote),
  };
  // Search finds people by their role, tags and expertise, so in the words shown.
  return { ...translated, searchText: searchTextOf(translated) };
}

/** The same network with every demo text in Swedish (see the module comment). */
export function swedishNetwork(network: Network): Network {
  return {
    ...network,
    contacts: network.contacts.map(swedishContact),
    interactions: network.interactions.map((touch) => ({ ...touch, note: inSwedish(touch.note) })),
    relations: network.relations.map((relation) => ({
      ...relation,
      note: inSwedish(relation.note),
    })),
    groups: network.groups.map((group) => ({
      ...group,
      name: inSwedish(group.name),
      notes: inSwedish(group.notes),
      leadersExperience: inSwedish(group.leadersExperience),
    })),
    goals: network.goals.map((goal) => ({
      ...goal,
      title: inSwedish(goal.title),
      why: inSwedish(goal.why),
      neededExpertise: all(goal.neededExpertise),
    })),
  };
}
