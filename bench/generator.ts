// A deterministic, seeded generator of a realistic corpus for benchmarks: invented officials (with titles,
// countries and transliteration variants), initiatives with acronyms, and events dated by weekdays relative to the
// article. About a third of the files are raw .txt pages with web-page furniture, the rest .md with front matter.
// It also writes a manifest of where names stand, so a benchmark can hover at real mention positions.
import fs from 'node:fs';
import path from 'node:path';

export interface GeneratedCorpus {
  files: number;
  bytes: number;
  manifest: ManifestEntry[];
}

/** A mention the generator wrote: file (relative), zero-based line and UTF-16 character, and what it names. */
export interface ManifestEntry {
  file: string;
  line: number;
  character: number;
  text: string;
}

interface Official {
  given: string[];
  family: string;
  familyFirst: boolean;
  title: string;
  country: string;
  demonym: string;
}

interface Initiative {
  name: string;
  acronym: string;
}

/** mulberry32: small, fast and the same everywhere. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES: [string, string, string][] = [
  ['China', 'Chinese', 'Beijing'], ['Russia', 'Russian', 'Moscow'], ['France', 'French', 'Paris'], ['Germany', 'German', 'Berlin'],
  ['India', 'Indian', 'New Delhi'], ['Brazil', 'Brazilian', 'Brasilia'], ['Japan', 'Japanese', 'Tokyo'], ['Kazakhstan', 'Kazakh', 'Astana'],
  ['Turkey', 'Turkish', 'Ankara'], ['Egypt', 'Egyptian', 'Cairo'], ['Indonesia', 'Indonesian', 'Jakarta'], ['Mexico', 'Mexican', 'Mexico City'],
];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defense Minister', 'Finance Minister', 'Vice Premier', 'Trade Minister', 'Ambassador'];
const PINYIN = ['an', 'bo', 'chen', 'da', 'fei', 'gang', 'hua', 'jian', 'kai', 'lan', 'ming', 'ning', 'peng', 'qing', 'rong', 'shan', 'tao', 'wei', 'xin', 'yu', 'zhen'];
const SURNAMES = ['Wang', 'Zhao', 'Sun', 'Zhou', 'Wu', 'Zheng', 'Feng', 'Chen', 'Han', 'Yang', 'Zhu', 'Qin', 'Xu', 'He', 'Lu'];
// given names with their common transliteration variants
const SLAVIC_GIVEN = [['Sergey', 'Sergei'], ['Alexei', 'Aleksey'], ['Dmitry', 'Dmitri'], ['Yuri', 'Yury'], ['Andrei', 'Andrey'], ['Nikolai', 'Nikolay'], ['Mikhail'], ['Olga'], ['Irina']];
const STEMS = ['Vol', 'Kras', 'Bel', 'Dor', 'Gor', 'Lav', 'Mar', 'Nov', 'Petr', 'Rad', 'Sokol', 'Tar', 'Ust', 'Zar', 'Kir', 'Lom'];
const ENDINGS = ['ov', 'ev', 'in', 'sky', 'enko', 'ovich'];
const WESTERN_GIVEN = ['Claire', 'Martin', 'Anna', 'Paulo', 'Kenji', 'Aylin', 'Rahul', 'Sofia', 'Tomas', 'Leila', 'Hugo', 'Ines'];
const WESTERN_FAMILY = ['Berent', 'Castell', 'Dumont', 'Falk', 'Haddad', 'Ishikawa', 'Kappel', 'Lindqvist', 'Moreau', 'Navarro', 'Okafor', 'Pereira', 'Quint', 'Rausch', 'Sato', 'Varga'];
const INITIATIVE_ADJ = ['Global', 'Regional', 'Northern', 'Green', 'Digital', 'Maritime', 'Continental', 'Joint', 'Southern', 'Eastern'];
const INITIATIVE_NOUN = ['Security', 'Development', 'Connectivity', 'Energy', 'Trade', 'Health', 'Grain', 'Climate', 'Data', 'Transport'];
const INITIATIVE_HEAD = ['Initiative', 'Partnership', 'Corridor', 'Plan', 'Council', 'Union'];
const EVENT_VERBS = ['held talks with', 'met', 'spoke by phone with', 'signed an agreement with', 'hosted'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FILLER = [
  'The two sides discussed trade, energy and regional security, officials said.',
  'Analysts said the meeting reflected a broader effort to deepen economic ties.',
  'Both governments described the exchange as frank and constructive.',
  'The talks also covered transport links, payments in national currencies and agricultural exports.',
  'Observers noted that the agenda had been prepared over several months of consultations.',
  'Officials from both ministries are expected to meet again before the end of the year to review the projects agreed so far, including new rail freight routes and a joint fund for small exporters.',
  'Trade between the two countries has grown steadily over the past five years, driven by energy, machinery and farm products, although both sides acknowledged that payment problems and logistics still slow many deals.',
  'Diplomats familiar with the preparations said the wording of the final statement had been negotiated line by line, with particular attention to regional security and the reform of international institutions.',
  'Several business delegations travelled with the officials and signed preliminary agreements on infrastructure, digital services and tourism, according to a list published by the organisers after the meeting.',
];

export function makeRoster(rand: () => number, size: number): { officials: Official[]; variants: Map<Official, string[]>; initiatives: Initiative[] } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const officials: Official[] = [];
  const variants = new Map<Official, string[]>();
  const seen = new Set<string>();
  while (officials.length < size) {
    const [country, demonym] = pick(COUNTRIES);
    let o: Official;
    let alternates: string[] = [];
    if (country === 'China') {
      const given = pick(PINYIN) + (rand() < 0.6 ? pick(PINYIN) : '');
      o = { given: [given[0].toUpperCase() + given.slice(1)], family: pick(SURNAMES), familyFirst: true, title: pick(TITLES), country, demonym };
    } else if (country === 'Russia' || country === 'Kazakhstan') {
      const g = pick(SLAVIC_GIVEN);
      o = { given: [g[0]], family: pick(STEMS) + pick(ENDINGS), familyFirst: false, title: pick(TITLES), country, demonym };
      alternates = g.slice(1);
    } else {
      o = { given: [pick(WESTERN_GIVEN)], family: pick(WESTERN_FAMILY) + (rand() < 0.5 ? pick(['a', 'e', 'i', 'o']) : ''), familyFirst: false, title: pick(TITLES), country, demonym };
    }
    const key = `${o.given[0]} ${o.family}`;
    if (seen.has(key)) continue;
    seen.add(key);
    officials.push(o);
    variants.set(o, alternates);
  }
  const initiatives: Initiative[] = [];
  const acronyms = new Set<string>();
  while (initiatives.length < Math.max(12, Math.floor(size / 10))) {
    const words = [pick(INITIATIVE_ADJ), pick(INITIATIVE_NOUN), pick(INITIATIVE_HEAD)];
    const acronym = words.map((w) => w[0]).join('');
    if (acronyms.has(acronym)) continue;
    acronyms.add(acronym);
    initiatives.push({ name: words.join(' '), acronym });
  }
  return { officials, variants, initiatives };
}

function fullName(o: Official, given = o.given[0]): string {
  return o.familyFirst ? `${o.family} ${given}` : `${given} ${o.family}`;
}

/** Writes `count` articles into `dir` and returns their size and a manifest of mention positions. */
export function generateCorpus(dir: string, count: number, seed = 1): GeneratedCorpus {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const { officials, variants, initiatives } = makeRoster(rand, 300);
  fs.mkdirSync(dir, { recursive: true });
  const manifest: ManifestEntry[] = [];
  let bytes = 0;
  const start = Date.UTC(2019, 0, 1);
  for (let i = 0; i < count; i++) {
    const raw = i % 3 === 0;
    const day = new Date(start + Math.floor(rand() * 6 * 365) * 86_400_000);
    const iso = day.toISOString().slice(0, 10);
    const a = pick(officials);
    let b = pick(officials);
    while (b === a) b = pick(officials);
    const init = pick(initiatives);
    const verb = pick(EVENT_VERBS);
    const weekday = WEEKDAYS[new Date(day.getTime() - 86_400_000 * (1 + Math.floor(rand() * 3))).getUTCDay()];
    const place = COUNTRIES.find((c) => c[0] === a.country)![2];
    const lines: string[] = [];
    const mark = (text: string, name: string) => {
      const line = lines.length;
      const col = text.indexOf(name);
      if (col >= 0) manifest.push({ file: '', line, character: col, text: name });
    };
    const title = `${a.demonym} and ${b.demonym} leaders discuss ${init.name.toLowerCase()}`;
    if (raw) {
      lines.push(`Home > World > ${a.country}`, title, `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()} 10:${String(i % 60).padStart(2, '0')}`, '');
    } else {
      lines.push('---', `title: "${title}"`, `date: ${iso}`, 'source: Generated Wire', '---', '', `# ${title}`, '');
    }
    const aName = variants.get(a)?.length && rand() < 0.4 ? fullName(a, variants.get(a)![0]) : fullName(a);
    const lead = `${place.toUpperCase()}, ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()} (Generated Wire) -- ${a.demonym} ${a.title} ${aName} ${verb} ${b.demonym} ${b.title} ${fullName(b)} in ${place} on ${weekday}.`;
    mark(lead, aName);
    lines.push(lead, '');
    const second = `${a.family} said the ${init.name} (${init.acronym}) would remain central to cooperation between the two countries.`;
    mark(second, a.family);
    lines.push(second, '');
    for (let k = 0; k < 10 + Math.floor(rand() * 8); k++) {
      const sentence = k % 2 === 0 ? `${pick(FILLER)} ${pick(FILLER)}` : `${b.family} added that the ${init.acronym} had made progress, and the ${b.demonym} ${b.title.toLowerCase()} thanked the hosts.`;
      if (k % 2 === 1) mark(sentence, b.family);
      lines.push(sentence, '');
    }
    lines.push(`${a.title} ${a.family} is expected to travel again next month. ${pick(FILLER)} ${pick(FILLER)}`, '');
    if (raw) {
      lines.push('Share   Print   Email', 'Related news', `${pick(officials).family} visits ${pick(COUNTRIES)[2]}`, `${pick(initiatives).name} under review`, '© Generated Wire. All rights reserved.');
    }
    const name = `${String(i).padStart(6, '0')}.${raw ? 'txt' : 'md'}`;
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    const text = lines.join('\n');
    fs.writeFileSync(path.join(sub, name), text);
    bytes += Buffer.byteLength(text);
    const rel = path.relative(dir, path.join(sub, name));
    for (let m = manifest.length - 1; m >= 0 && manifest[m].file === ''; m--) manifest[m].file = rel;
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  return { files: count, bytes, manifest };
}
