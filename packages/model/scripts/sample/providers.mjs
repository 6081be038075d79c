/** The eight fictional technical universities of the sample, one per partner country. None of them exists. */
import { BASE } from './framework.mjs';

const provider = (slug, name, country, extra) => ({
  provider: { id: `${BASE}/providers/${slug}`, name, url: `${BASE}/providers/${slug}`, country },
  ...extra,
});

export const providers = [
  provider(
    'lindenbrueck',
    { en: 'Lindenbrück University of Technology', de: 'Technische Universität Lindenbrück' },
    'DE',
    {
      code: 'LB',
      local: [],
      currency: 'EUR',
      fee: 490,
      city: { en: 'Lindenbrück campus', de: 'Campus Lindenbrück' },
    },
  ),
  provider(
    'fjordby',
    { en: 'Technical University of Fjordby', de: 'Technische Universität Fjordby', da: 'Fjordby Tekniske Universitet' },
    'DK',
    {
      code: 'FJ',
      local: ['da'],
      currency: 'DKK',
      fee: 3900,
      city: { en: 'Fjordby campus', da: 'Campus Fjordby' },
    },
  ),
  provider(
    'belrivage',
    { en: 'Belrivage Polytechnic', de: 'Polytechnische Hochschule Belrivage', fr: 'École polytechnique de Belrivage' },
    'FR',
    {
      code: 'BR',
      local: ['fr'],
      currency: 'EUR',
      fee: 650,
      city: { en: 'Belrivage campus', fr: 'Campus de Belrivage' },
    },
  ),
  provider(
    'clairmont',
    {
      en: 'Clairmont Institute of Technology',
      de: 'Technische Hochschule Clairmont',
      fr: 'Haute école polytechnique de Clairmont',
    },
    'CH',
    {
      code: 'CL',
      local: ['fr'],
      currency: 'CHF',
      fee: 1200,
      city: { en: 'Clairmont campus', fr: 'Campus de Clairmont', de: 'Campus Clairmont' },
    },
  ),
  provider(
    'wilgendaal',
    {
      en: 'Wilgendaal University of Technology',
      de: 'Technische Universität Wilgendaal',
      nl: 'Technische Universiteit Wilgendaal',
    },
    'NL',
    {
      code: 'WI',
      local: ['nl'],
      currency: 'EUR',
      fee: 550,
      city: { en: 'Wilgendaal campus', nl: 'Campus Wilgendaal' },
    },
  ),
  provider(
    'rannamaa',
    { en: 'Rannamaa University of Technology', de: 'Technische Universität Rannamaa', et: 'Rannamaa Tehnikaülikool' },
    'EE',
    {
      code: 'RA',
      local: ['et'],
      currency: 'EUR',
      fee: 300,
      city: { en: 'Rannamaa campus', et: 'Rannamaa linnak' },
    },
  ),
  provider(
    'zlaty-potok',
    {
      en: 'Zlatý Potok University of Technology',
      de: 'Technische Universität Zlatý Potok',
      cs: 'Technická univerzita Zlatý Potok',
    },
    'CZ',
    {
      code: 'ZP',
      local: ['cs'],
      currency: 'CZK',
      fee: 9000,
      city: { en: 'Zlatý Potok campus', cs: 'Kampus Zlatý Potok' },
    },
  ),
  provider(
    'givat-shaked',
    {
      en: 'Givat Shaked Institute of Technology',
      de: 'Technisches Institut Givat Shaked',
      he: 'המכון הטכנולוגי גבעת שקד',
    },
    'IL',
    {
      code: 'GS',
      local: ['he'],
      currency: 'ILS',
      fee: 2200,
      city: { en: 'Givat Shaked campus', he: 'קמפוס גבעת שקד' },
    },
  ),
];
