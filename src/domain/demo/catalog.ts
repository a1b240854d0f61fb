// The vocabulary of the demo network: organisations, roles with the expertise that comes
// with them, tags and the short texts people write. Organisations are fictional and every
// e-mail domain ends in the reserved `.example`, so no demo address can reach anyone.

import type { GroupKind } from '../types';

export type Organisation = { name: string; domain: string };

/** The user's own employer: everyone here is an internal contact. */
export const OWN_ORGANISATION: Organisation = {
  name: 'Fjällvind Energi AB',
  domain: 'fjallvind.example',
};

export const EXTERNAL_ORGANISATIONS: readonly Organisation[] = [
  { name: 'Lindqvist Logistik AB', domain: 'lindqvist-logistik.example' },
  { name: 'Ängsö Capital', domain: 'angso-capital.example' },
  { name: 'Brandt & Partner Advokatbyrå', domain: 'brandt-partner.example' },
  { name: 'Kallax Analytics', domain: 'kallax.example' },
  { name: 'Norrsken Konsult', domain: 'norrsken-konsult.example' },
  { name: 'Hoffmann Industrietechnik GmbH', domain: 'hoffmann-it.example' },
  { name: 'Sørensen & Dahl', domain: 'sorensen-dahl.example' },
  { name: 'Baltic Ventures', domain: 'baltic-ventures.example' },
  { name: 'Vasa Bank', domain: 'vasabank.example' },
  { name: 'Mälardalens Tekniska Institut', domain: 'mti.example' },
  { name: 'Göta Kraft AB', domain: 'gotakraft.example' },
  { name: 'Nordlys Energy AS', domain: 'nordlys.example' },
  { name: 'Helsinki Grid Oy', domain: 'helsinki-grid.example' },
  { name: 'Strand Executive Search', domain: 'strand-search.example' },
  { name: 'Vinterviken Design', domain: 'vinterviken.example' },
  { name: 'Östermalm Revision', domain: 'ostermalm-revision.example' },
  { name: 'Cloudberry Systems', domain: 'cloudberry.example' },
  { name: 'Lumière Conseil', domain: 'lumiere-conseil.example' },
  { name: 'Solaris Ibérica', domain: 'solaris-iberica.example' },
  { name: 'Kraków Software House', domain: 'krakow-software.example' },
  { name: 'Greenfield Partners', domain: 'greenfield.example' },
  { name: 'Dagens Affärsliv', domain: 'affarsliv.example' },
  { name: 'Skärgårdens Rederi', domain: 'skargardsrederiet.example' },
  { name: 'Handelskammaren Mitt', domain: 'handelskammaren-mitt.example' },
];

/** Word parts for more organisations when a big (benchmark) network needs them. */
export const ORGANISATION_STEMS = [
  'Norr',
  'Sjö',
  'Fjäll',
  'Björk',
  'Älv',
  'Ljung',
  'Stor',
  'Öster',
  'Väster',
  'Hav',
] as const;
export const ORGANISATION_ENDINGS = [
  'data AB',
  'kraft AB',
  'konsult',
  'invest',
  'bygg AB',
  'logistik',
  'medical',
  'systems',
] as const;

export type Role = { title: string; expertise: readonly string[] };

export const INTERNAL_ROLES: readonly (readonly [Role, string])[] = [
  [{ title: 'CEO', expertise: ['leadership', 'board work', 'strategy'] }, 'Management'],
  [{ title: 'CFO', expertise: ['finance', 'M&A', 'pricing'] }, 'Finance'],
  [{ title: 'Head of People', expertise: ['recruiting', 'leadership'] }, 'HR'],
  [{ title: 'HR business partner', expertise: ['recruiting', 'employment law'] }, 'HR'],
  [{ title: 'Head of Product', expertise: ['product strategy', 'pricing'] }, 'Product'],
  [{ title: 'Product manager', expertise: ['product strategy', 'customer insight'] }, 'Product'],
  [{ title: 'Software engineer', expertise: ['cloud', 'security'] }, 'Engineering'],
  [{ title: 'Engineering manager', expertise: ['cloud', 'leadership'] }, 'Engineering'],
  [{ title: 'Data scientist', expertise: ['data science', 'AI'] }, 'Engineering'],
  [{ title: 'Sales director', expertise: ['sales', 'negotiation', 'Germany'] }, 'Sales'],
  [{ title: 'Key account manager', expertise: ['sales', 'negotiation'] }, 'Sales'],
  [{ title: 'Marketing manager', expertise: ['marketing', 'brand'] }, 'Marketing'],
  [{ title: 'Controller', expertise: ['finance'] }, 'Finance'],
  [{ title: 'Legal counsel', expertise: ['legal', 'contracts'] }, 'Legal'],
  [{ title: 'Sustainability lead', expertise: ['sustainability', 'ESG reporting'] }, 'Management'],
  [{ title: 'Designer', expertise: ['UX design'] }, 'Product'],
  [{ title: 'Operations manager', expertise: ['operations', 'supply chain'] }, 'Operations'],
];

export const EXTERNAL_ROLES: readonly Role[] = [
  { title: 'Partner', expertise: ['M&A', 'legal', 'negotiation'] },
  { title: 'Managing director', expertise: ['leadership', 'board work', 'strategy'] },
  { title: 'Investment manager', expertise: ['M&A', 'finance', 'fundraising'] },
  { title: 'Management consultant', expertise: ['strategy', 'pricing', 'change management'] },
  { title: 'Professor', expertise: ['research', 'AI', 'sustainability'] },
  { title: 'Executive recruiter', expertise: ['recruiting', 'leadership'] },
  { title: 'Founder', expertise: ['fundraising', 'product strategy', 'AI'] },
  { title: 'Board chair', expertise: ['board work', 'governance'] },
  { title: 'Journalist', expertise: ['media', 'communication'] },
  { title: 'Sales director', expertise: ['sales', 'Germany', 'negotiation'] },
  { title: 'Cloud architect', expertise: ['cloud', 'security'] },
  { title: 'Business development manager', expertise: ['sales', 'partnerships'] },
  { title: 'Auditor', expertise: ['finance', 'ESG reporting'] },
  { title: 'Country manager Germany', expertise: ['Germany', 'sales', 'leadership'] },
  { title: 'Pricing lead', expertise: ['pricing', 'data science'] },
  { title: 'Lawyer', expertise: ['legal', 'employment law', 'M&A'] },
  { title: 'Head of data', expertise: ['data science', 'AI', 'cloud'] },
];

/** Expertise anyone may have on top of what their role brings. */
export const EXTRA_EXPERTISE = [
  'board work',
  'Germany',
  'cloud',
  'M&A',
  'pricing',
  'recruiting',
  'public speaking',
  'mentoring',
  'Nordic markets',
] as const;

export const EXTERNAL_TAGS = [
  'customer',
  'supplier',
  'investor',
  'mentor',
  'former colleague',
  'alumni',
  'speaker',
  'potential hire',
  'industry peer',
] as const;

export const INTERNAL_HOW_WE_MET = [
  'Joined the same project',
  'Onboarding week',
  'Same floor at the office',
  'Worked together on the budget',
] as const;

export const EXTERNAL_HOW_WE_MET = [
  'Met at a conference in Berlin',
  'Customer project',
  'Studied together in Uppsala',
  'Former colleagues',
  'Through the leadership network',
  'Padel club',
  'Sat next to each other at a dinner',
  'LinkedIn message after a talk',
  'Neighbours',
] as const;

export const NEW_CONTACT_HOW_WE_MET = [
  'Met at the energy summit last month',
  'Spoke after my panel',
  'New customer contact',
  'Introduced at a breakfast seminar',
] as const;

export const CONTACT_NOTES = [
  'Loves sailing in the archipelago.',
  'Two kids, lives in Nacka.',
  'Training for Vasaloppet.',
  'Prefers calls over email.',
  'Moved from Berlin last year.',
  'Writes a newsletter on energy markets.',
  'Vegetarian; likes Italian food.',
  'Very direct, appreciates short messages.',
] as const;

export const NEXT_TIME_NOTES = [
  'Ask how the move to Munich went.',
  'Ask about the new role.',
  'Congratulate on the funding round.',
  'Send the pricing article.',
  'Ask for feedback on the board deck.',
] as const;

export const INTERACTION_NOTES = [
  'Talked about the reorganisation.',
  'Quick catch-up before the summer.',
  'Discussed pricing for the new offer.',
  'Shared thoughts on hiring a data lead.',
  'Advice on entering the German market.',
  'Caught up after the conference.',
  'Brainstormed the board agenda.',
  'Lunch near Stureplan.',
  'Talked about kids and schools.',
  'Asked for an intro to their CFO.',
  'Reviewed the cloud migration plan.',
  'Congratulated them on the new job.',
  'Planned the next network meeting.',
] as const;

export type GroupTemplate = {
  name: string;
  kind: GroupKind;
  meetingsPerYear: number;
  /** Who the members are drawn from. */
  pool: 'external' | 'internal' | 'anyone';
  size: number;
  hasSpeakers: boolean;
  hasSocialActivities: boolean;
  hasSports: boolean;
  leadersExperience: string;
  costPerYear?: number;
  notes: string;
  /** Expertise that membership brings (board members know board work). */
  addsExpertise?: string;
};

export const GROUP_TEMPLATES: readonly GroupTemplate[] = [
  {
    name: 'Nordic Leadership Forum',
    kind: 'network',
    meetingsPerYear: 6,
    pool: 'external',
    size: 12,
    hasSpeakers: true,
    hasSocialActivities: true,
    hasSports: false,
    leadersExperience: 'Chaired by two former CEOs of listed companies.',
    costPerYear: 12_000,
    notes: 'Confidential round-table; one guest speaker per meeting.',
  },
  {
    name: 'Board of Skärgårdens Rederi',
    kind: 'board',
    meetingsPerYear: 8,
    pool: 'external',
    size: 6,
    hasSpeakers: false,
    hasSocialActivities: false,
    hasSports: false,
    leadersExperience: 'Chair has sat on five boards.',
    notes: 'I joined as an independent member.',
    addsExpertise: 'board work',
  },
  {
    name: 'Management team',
    kind: 'team',
    meetingsPerYear: 45,
    pool: 'internal',
    size: 7,
    hasSpeakers: false,
    hasSocialActivities: true,
    hasSports: false,
    leadersExperience: '',
    notes: 'Weekly on Monday mornings.',
  },
  {
    name: 'Tuesday padel',
    kind: 'circle',
    meetingsPerYear: 35,
    pool: 'anyone',
    size: 5,
    hasSpeakers: false,
    hasSocialActivities: true,
    hasSports: true,
    leadersExperience: '',
    costPerYear: 2_400,
    notes: 'Court booked at 07:00.',
  },
];

export type GoalTemplate = { title: string; why: string; neededExpertise: readonly string[] };

/**
 * The first goal's last expertise is one no role has: a gap, held only by one tie long out of
 * touch (generate-network.ts), so the goal shows the ways to close it.
 */
export const GAP_EXPERTISE = 'German labour law';

export const GOAL_TEMPLATES: readonly GoalTemplate[] = [
  {
    title: 'Expand into the German market',
    why: 'The board wants a German subsidiary within 18 months, possibly through an acquisition.',
    neededExpertise: ['M&A', 'Germany', GAP_EXPERTISE],
  },
  {
    title: 'Hire a head of data',
    why: 'We need someone to own data and AI across the company.',
    neededExpertise: ['recruiting', 'data science'],
  },
];
