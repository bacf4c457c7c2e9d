// A small corpus for the feature tests, with a note that uses short names.
import { corpus, uriOf, type TestCorpus } from '../../helpers/corpus.js';

export const NOTE = uriOf('note.md');

export function featureCorpus(extra: Record<string, string> = {}): TestCorpus {
  return corpus({
    'talks.md':
      '---\ntitle: Talks in Beijing\ndate: 2024-05-16\n---\nChinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on Thursday ' +
      'about the Belt and Road Initiative (BRI) and the Eurasian Economic Union.',
    'lavrov.md': "---\ntitle: Lavrov visits\ndate: 2024-04-09\n---\nChinese Foreign Minister Wang Yi held talks with Russia's top diplomat Sergei Lavrov in Beijing on Tuesday. Lavrov praised the BRI.",
    'older.md': '---\ntitle: An older piece\ndate: 2020-09-11\n---\nForeign Minister Sergey Lavrov of Russia met the press with State Councilor and Foreign Minister Wang Yi.',
    'note.md': '# Note\n\nXi and Putin again. Lavrov on the BRI.\n',
    ...extra,
  });
}
