// Entries that belong to no one language: web and typographic patterns, international
// agencies and stock-photo credits, name particles of any origin, and the month and weekday
// names of languages without a module of their own (Spanish, Portuguese, Italian, Dutch), so
// that their dates still parse. Merged into every language's lexicon and into MERGED. Data only.
import type { Lexicon } from './types.ts';

export const common: Lexicon = {
  cueVerbs: [],
  passiveSpeechVerbs: [],
  agentMarkers: [],
  narrativeSpeechVerbs: [],
  statementCues: [],
  sourceVerbs: [],
  tellVerbs: [],
  accordingTo: [],
  framePronounPhrases: [],
  postCaptionWords: [],
  invertedPronouns: [],
  invertedAuxiliaries: [],

  pronouns: [],
  anonymousSpeakers: [],
  indefinites: [],
  indefiniteSpeakerArticles: [],
  describedSpeakerOpeners: [],
  rolePhraseDeterminers: [],
  rolePhraseEndPrepositions: [],
  clauseWords: [],
  appositiveOpeners: [],
  relativePronouns: [],
  auxiliaries: [],
  clauseConjunctions: [],
  objectMarkers: [],
  recipientMarkers: [],
  prepositions: [],
  locativePrepositions: [],
  statedLocativePrepositions: [],

  titles: [],
  roleNouns: [],
  roleNounSuffixes: [],
  roleAliases: [],
  roleJoiners: ['&'],
  roleKeyDeterminers: [],
  elidedArticles: [],
  roleKeyDemonstratives: [],
  // Spanish and Italian articles ("el portavoz", "il sindaco").
  referringDeterminers: ['el', 'il'],
  referringDemonstratives: [],
  functionWords: [],
  // Dutch, Spanish, Portuguese and Arabic particles ("van der Berg", "da Silva", "al-Assad").
  nameParticles: ['van der', 'van den', 'van', 'da', 'dos', 'del', 'ter', 'al', 'el'],
  fullNameMarkers: [],
  nicknameMarkers: [],
  nicknameAfterMarkers: [],
  institutionWords: [],
  namedInstitutionNouns: [],
  organisationSuffixes: [],
  placeNouns: [],
  regions: [],
  countries: [],

  // Spanish, Portuguese, Italian and Dutch.
  months: [
    ['enero', 'janeiro', 'gennaio', 'januari'],
    ['febrero', 'fevereiro', 'febbraio'],
    ['marzo', 'março', 'maart'],
    ['abril', 'aprile'],
    ['mayo', 'maio', 'maggio'],
    ['junio', 'junho', 'giugno'],
    ['julio', 'julho', 'luglio'],
    ['agosto', 'augustus'],
    ['septiembre', 'setembro', 'settembre'],
    ['octubre', 'outubro', 'ottobre'],
    ['noviembre', 'novembro'],
    ['diciembre', 'dezembro', 'dicembre'],
  ],
  // Spanish and Italian.
  weekdays: [
    ['domingo', 'domenica'],
    ['lunes', 'lunedì'],
    ['martes', 'martedì'],
    ['miércoles', 'mercoledì'],
    ['jueves', 'giovedì'],
    ['viernes', 'venerdì'],
    ['sábado', 'sabato'],
  ],
  timeWords: ['utc', 'gmt'],
  updatedLabels: [],

  outlets: [],
  outletDomains: [/\.(com|co|net|org|news|tv)\b/i],
  editionPrefixes: [],
  // International agencies; the national ones of supported languages are in their modules.
  // "(*)" closes some articles too.
  agencyCredits: [
    'kyodo',
    'xinhua',
    'anadolu',
    'aa',
    'bernama',
    'efe',
    'ansa',
    'pti',
    'ians',
    'yonhap',
    '*',
  ],
  endMarkers: [],
  agencyBylines: [],
  datelineFalseStarts: [],
  placeDirections: [],
  editorLabels: [],
  editorAbbreviations: [],

  chromeLines: ['menu'],
  relatedLinkPrefixes: [],
  chromePrefixes: [/^(©|copyright\s)/iu],
  chromePhrases: [
    /(?<![\p{L}\p{N}])google news(?![\p{L}\p{N}])/iu,
    // An e-mail address.
    /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u,
  ],
  trailingSectionHeadings: [],
  bylineLines: [],
  captionMarkers: [
    /\((getty|afp|reuters|antara|ap|dpa|epa)\s*\/[^)]*\)/iu,
    /\(\s*[\p{L}.]+\.(com|id|co\.id|net)\s*\/[^)]*\)\s*$/iu,
    /\s\/\s?(instagram|twitter|facebook|youtube|tiktok|x)\s?\/\s?@/iu,
    /(?<![\p{L}\p{N}])(antara foto|getty images|shutterstock)/iu,
  ],
  widgetLines: [
    // Breadcrumbs: "Home > News > Nasional", "Berita / Nasional / Politik".
    /^[^>»›/]{1,40}(\s+[>»›/]\s+[^>»›/]{1,40}){2,}$/u,
    // Hashtag lists: "#pemilu2024 #kpu".
    /^(#[\p{L}\p{N}_]+[\s,]*)+$/u,
    // Embedded media placeholders: "[Gambas:Video 20detik]".
    /^\[[\p{L}\s]+:[^\]]*\]$/u,
  ],
  creditLines: [],
};
