// Local events: kind, date, place, participants and sources, within one document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, describeEvent as described } from '../../../helpers/corpus.js';

const HEADER = 'Leaders meet\n2024-05-31\n\n';

/** An event as described, without its count of sources: kind, date, place and participants. */
function withoutSources(a: Parameters<typeof described>[0], e: Parameters<typeof described>[1]): string {
  return described(a, e).split(' | ').slice(0, 4).join(' | ');
}

/** The document's events as described without their count of sources, for a text under the dated header. */
function eventLines(text: string): string[] {
  const a = analyze(`${HEADER}${text}`);
  return a.events.map((e) => withoutSources(a, e));
}

test('an event has a kind, a date from the weekday, a place and participants', () => {
  const a = analyze(`${HEADER}Chinese President Xi Jinping held talks with French President Emmanuel Macron in Beijing on Thursday.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), ['talks | 2024-05-30 | Beijing | Emmanuel Macron, Xi Jinping | 1']);
});

test('several sentences about the same event are one event with every source', () => {
  const a = analyze(
    `${HEADER}Chinese President Xi Jinping held talks with French President Emmanuel Macron in Beijing on Thursday. ` +
      'After the talks, Xi and Macron signed a joint statement. Macron said when meeting the press with Xi that trade would grow.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['talks | 2024-05-30 | Beijing | Emmanuel Macron, Xi Jinping | 3']);
});

test('a background event keeps its own month-precise date and does not take the speaker as a participant', () => {
  const a = analyze(
    `${HEADER}Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on Thursday. ` +
      'Noting that President Xi paid a state visit to Russia in March last year, Putin said it was a good tradition.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)).sort(), [
    'talks | 2024-05-30 | Beijing | Vladimir Putin, Xi Jinping | 1',
    'visit | 2023-03 | Russia | Xi Jinping | 1',
  ]);
});

test('"earlier the same day" takes the date of the event before it', () => {
  const a = analyze(
    `${HEADER}MOSCOW, May 30 -- Russian President Vladimir Putin met Chinese Foreign Minister Wang Yi at the Kremlin on Thursday. ` +
      "Earlier the same day, Wang held talks with Russia's top diplomat Sergei Lavrov.",
  );
  const lines = a.events.map((e) => described(a, e)).sort();
  assert.deepEqual(lines, ['meeting | 2024-05-30 | Moscow | Vladimir Putin, Wang Yi | 1', 'talks | 2024-05-30 | Moscow | Sergei Lavrov, Wang Yi | 1']);
});

test('"the two presidents" takes part as the last two presidents named', () => {
  const a = analyze(`${HEADER}President Emmanuel Macron welcomed President Lula da Silva on Thursday. The two presidents held talks on trade.`);
  assert.ok(a.events.some((e) => described(a, e) === 'talks | 2024-05-30 | null | Emmanuel Macron, Lula da Silva | 1' || described(a, e).startsWith('talks | 2024-05-30')));
  assert.equal(a.events.length, 1);
});

test('with no date in the document, an event is undated', () => {
  const a = analyze('Backgrounder\n\nChancellor Olaf Scholz held talks with Prime Minister Fumio Kishida on Thursday.');
  assert.equal(a.events[0].date, null);
});

test('"the war in Ukraine" is a topic, not the place of the meeting', () => {
  const a = analyze(`${HEADER}Chancellor Olaf Scholz met Prime Minister Fumio Kishida on Thursday to discuss the war in Ukraine.`);
  assert.equal(a.events[0].place, null);
});

test('habitual statements and present-tense verbs are not events', () => {
  const a = analyze(`${HEADER}Chancellor Olaf Scholz and Prime Minister Fumio Kishida have met many times. Scholz talks about it often.`);
  assert.deepEqual(a.events, []);
});

test('a sentence with a trigger but no official is not an event', () => {
  assert.deepEqual(analyze(`${HEADER}The forum was founded in 2018 and held talks every spring.`).events, []);
});

test('a planned event is marked planned and is not dated by the article date; speculation is no event', () => {
  const a = analyze(`${HEADER}Polish Foreign Minister Tomasz Wierzbicki will visit Prime Minister Jana Kovalova of Slovakia soon.`);
  assert.deepEqual(a.events.map((e) => [e.planned, e.date]), [[true, null]]);
  const b = analyze(`${HEADER}Polish Foreign Minister Tomasz Wierzbicki could meet Prime Minister Jana Kovalova of Slovakia soon, diplomats hinted.`);
  assert.deepEqual(b.events, []);
});

test('a place in what the sentence says of the future is not where the reported event was', () => {
  const a = analyze(
    `${HEADER}Polish Foreign Minister Tomasz Wierzbicki met Prime Minister Jana Kovalova of Slovakia on Thursday on the sidelines of a meeting in Austria, and said he will see her again in Paris.`,
  );
  assert.deepEqual(a.events.filter((e) => !e.planned).map((e) => described(a, e)), ['meeting | 2024-05-30 | Austria | Jana Kovalova, Tomasz Wierzbicki | 1']);
});

test('a city from the world gazetteer is a place, and a surname that is also a city still makes a person', () => {
  const a = analyze(`${HEADER}Polish Foreign Minister Tomasz Kingston held talks with Prime Minister Jana Kovalova of Slovakia in Lusaka on Thursday.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), ['talks | 2024-05-30 | Lusaka | Jana Kovalova, Tomasz Kingston | 1']);
});

test('a venue names its city, and "in the capital" is the capital of the country spoken of', () => {
  const kremlin = analyze(`${HEADER}Polish Foreign Minister Tomasz Wierzbicki met Prime Minister Jana Kovalova of Slovakia at the Kremlin on Thursday.`);
  assert.equal(kremlin.events[0]?.place, 'Moscow');
  const capital = analyze(`${HEADER}Prime Minister Jana Kovalova flew to Kenya on Wednesday and held talks with Polish Foreign Minister Tomasz Wierzbicki in the capital on Thursday.`);
  assert.equal(capital.events[0]?.place, 'Nairobi');
});

test("a country the event was in gives way to the dateline's city in that country", () => {
  const a = analyze(`${HEADER}NAIROBI, May 30 (Example) -- Polish Foreign Minister Tomasz Wierzbicki arrived in Kenya on Thursday for a visit with Prime Minister Jana Kovalova of Slovakia.`);
  assert.equal(a.events[0]?.place, 'Nairobi');
});

test('in a page with no date, events of the same people told on different weekdays stay two', () => {
  const a = analyze(
    'Leaders meet\n\nPolish President Marek Wrona and Slovak President Eva Hudak witnessed the signing of a rail deal in Warsaw on Wednesday. ' +
      'Wrona and Hudak had held talks in Warsaw on Tuesday.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['signing | null | Warsaw | Eva Hudak, Marek Wrona | 1', 'talks | null | Warsaw | Eva Hudak, Marek Wrona | 1']);
});

test('"according to a joint declaration signed by A and B after their talks on Tuesday" reports the talks, not a signing', () => {
  assert.deepEqual(eventLines(`Polish President Marek Wrona and Slovak President Eva Hudak witnessed the signing of a rail deal in Warsaw on Wednesday. ` +
      'According to a joint declaration signed by the two presidents after their talks on Tuesday, trade will double.'), ['signing | 2024-05-29 | Warsaw | Eva Hudak, Marek Wrona', 'talks | 2024-05-28 | null | Eva Hudak, Marek Wrona']);
});

test('a visit to a state\'s capital that only its own officials are known to take part in is no event; a visit to another of its cities is', () => {
  const a = analyze(
    `${HEADER}A visiting minister discussed trade with German Foreign Minister Karl Brenner during an official visit to Berlin on Thursday. ` +
      'On Friday, Brenner visited Munich.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['visit | 2024-05-31 | Munich | Karl Brenner | 1']);
});

test('the place of a posting named in a title is not where the event happened: "a nominee for ambassador to Peru"', () => {
  const a = analyze(`${HEADER}Chilean President Tomás Ibarra met Ana Ruiz, a nominee for ambassador to Peru, on Thursday.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), ['meeting | 2024-05-30 | null | Ana Ruiz, Tomás Ibarra | 1']);
});

test('a meeting aides attend right after a summit\'s report is one of its sessions: the summit\'s people and theirs, on its day and in its place', () => {
  const a = analyze(
    `${HEADER}Polish President Marek Wrona and Slovak President Eva Hudak opened their summit in Warsaw on Thursday. The small-group meeting began at noon. ` +
      'From the Polish side, Foreign Minister Ana Lind and security adviser Piotr Nowak attended the meeting.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), [
    'summit | 2024-05-30 | Warsaw | Eva Hudak, Marek Wrona | 1',
    'meeting | 2024-05-30 | Warsaw | Ana Lind, Eva Hudak, Marek Wrona, Piotr Nowak | 1',
  ]);
});

test('a photo caption of people the text reports nothing of is not dated by the article\'s date', () => {
  const a = analyze(
    `${HEADER}Chilean President Tomás Ibarra, left, shakes hands with his Peruvian counterpart Rosa Quispe at a welcoming ceremony in Lima. (Photo)\n\n` +
      'Peru and Chile agreed on Friday to reopen their embassies.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['forum | null | Lima | Rosa Quispe, Tomás Ibarra | 1']);
});

test('"During her visit, A paid a courtesy call on B": the opening phrase sets the scene, the main clause tells the event', () => {
  const a = analyze(`${HEADER}During her visit to Lima on Thursday, Chilean Foreign Minister Ana Lind paid a courtesy call on President Rosa Quispe.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), ['meeting | 2024-05-30 | Lima | Ana Lind, Rosa Quispe | 1']);
});

test('a call is told in many words: "held a telephonic conversation last evening", "spoke over the phone"', () => {
  const a = analyze(`${HEADER}Polish President Marek Wrona and Slovak President Eva Hudak held a telephonic conversation last evening.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), ['call | 2024-05-30 | null | Eva Hudak, Marek Wrona | 1']);
  const b = analyze(`${HEADER}Polish President Marek Wrona and Slovak President Eva Hudak spoke over the phone on Monday.`);
  assert.deepEqual(b.events.map((e) => described(b, e)), ['call | 2024-05-27 | null | Eva Hudak, Marek Wrona | 1']);
});

test('a name a title introduces, joined to a participant, takes part: "Wrona and PM Hudak held talks"', () => {
  const a = analyze(`${HEADER}Polish President Marek Wrona and PM Hudak held talks on Monday.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), ['talks | 2024-05-27 | null | Hudak, Marek Wrona | 1']);
});

test('a spokesperson who "spoke to" the press about a call between others takes no part in it', () => {
  assert.deepEqual(eventLines(`Late on Thursday the Polish presidential spokesman Piotr Lis spoke to a news agency about the phone call between Polish President Marek Wrona and Slovak President Eva Hudak.`), ['call | 2024-05-30 | null | Eva Hudak, Marek Wrona']);
});

test('"to" names where an event was only after words of travel: "aid to Ukraine" is no place, "his trip to Kyiv" is', () => {
  const a = analyze(`${HEADER}Polish President Marek Wrona criticised aid to Ukraine in a press conference on Monday.`);
  assert.deepEqual(a.events.map((e) => withoutSources(a, e)), ['press conference | 2024-05-27 | null | Marek Wrona']);
  const b = analyze(`${HEADER}Polish President Marek Wrona gave a press conference on Monday during his trip to Kyiv.`);
  assert.deepEqual(b.events.map((e) => withoutSources(b, e)), ['press conference | 2024-05-27 | Kyiv | Marek Wrona']);
});

test('an undated headline about the same people joins the dated report', () => {
  const a = analyze(
    'Wierzbicki meets Kovalova in Vienna\n2024-05-31\n\nPolish Foreign Minister Tomasz Wierzbicki held talks with Prime Minister Jana Kovalova of Slovakia in Vienna on Thursday, officials from both governments said afterwards.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['talks | 2024-05-30 | Vienna | Jana Kovalova, Tomasz Wierzbicki | 2']);
});

test('a capitalized trigger opening a sentence is a trigger: "Press conference by …"', () => {
  const a = analyze(`${HEADER}Press conference by Polish Foreign Minister Tomasz Wierzbicki in Vienna on Thursday.`);
  assert.deepEqual(a.events.map((e) => e.kind), ['press conference']);
});

test('"have met" in a dated report is the article\'s day', () => {
  const a = analyze(`${HEADER}Polish Foreign Minister Tomasz Wierzbicki and Prime Minister Jana Kovalova of Slovakia have met in Vienna.`);
  assert.equal(a.events[0]?.date, '2024-05-31');
});

test('"the day before" dates an event a day before the one told of last; with no date at all it gives none', () => {
  const a = analyze(
    `${HEADER}Polish Foreign Minister Tomasz Wierzbicki held talks with Prime Minister Jana Kovalova of Slovakia in Vienna on Thursday. The day before, Wierzbicki met President Karl Brenner of Austria.`,
  );
  assert.deepEqual(a.events.map((e) => e.date).sort(), ['2024-05-29', '2024-05-30']);
  const undated = analyze('Leaders meet\n\nPolish Foreign Minister Tomasz Wierzbicki held talks with Prime Minister Jana Kovalova of Slovakia in Vienna. The day before, Wierzbicki met President Karl Brenner of Austria.');
  assert.deepEqual(undated.events.map((e) => e.date), [null, null]);
});

test('"met separately with A, B and C" is one meeting with each of them', () => {
  const a = analyze(
    `${HEADER}Polish Foreign Minister Tomasz Wierzbicki met separately on Thursday with Prime Minister Jana Kovalova of Slovakia, President Karl Brenner of Austria and Chancellor Lena Maurer of Germany.`,
  );
  assert.deepEqual(a.events.map((e) => described(a, e)).sort(), [
    'meeting | 2024-05-30 | null | Jana Kovalova, Tomasz Wierzbicki | 1',
    'meeting | 2024-05-30 | null | Karl Brenner, Tomasz Wierzbicki | 1',
    'meeting | 2024-05-30 | null | Lena Maurer, Tomasz Wierzbicki | 1',
  ]);
});

test('talks on the sidelines of a forum are an event of their own', () => {
  const a = analyze(
    `${HEADER}Polish Foreign Minister Tomasz Wierzbicki opened the Baltic Trade Forum in Vienna on Thursday with Prime Minister Jana Kovalova of Slovakia as a guest. The two ministers held talks with each other after the opening, officials said.`,
  );
  assert.deepEqual(a.events.map((e) => e.kind).sort(), ['forum', 'talks']);
});

test("a photo caption's date dates the caption only, not the report it illustrates", () => {
  const a = analyze(
    `${HEADER}Polish Foreign Minister Tomasz Wierzbicki (left) greets Prime Minister Jana Kovalova of Slovakia in Vienna, March 2, 2019.\n\nWierzbicki held talks with Kovalova in Vienna, officials said after a day of meetings with every delegation.`,
  );
  const talks = a.events.find((e) => e.kind === 'talks');
  assert.notEqual(talks?.date, '2019-03-02');
});

test('a gathering dated before anyone is named dates the later sentence about it', () => {
  const a = analyze(
    `${HEADER}On 12 May 2024 a regional summit took place in Vienna with delegations from nine countries and observers from many more.\n\nPolish Foreign Minister Tomasz Wierzbicki used the summit to hold talks with Prime Minister Jana Kovalova of Slovakia.`,
  );
  assert.deepEqual(a.events.map((e) => [e.date, e.place]), [['2024-05-12', 'Vienna']]);
});

test('the one quoted with "according to" reported the event and did not take part', () => {
  const a = analyze(`${HEADER}Polish Foreign Minister Tomasz Wierzbicki held talks with Prime Minister Jana Kovalova in Vienna on Thursday, according to spokesman Piotr Lis.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), ['talks | 2024-05-30 | Vienna | Jana Kovalova, Tomasz Wierzbicki | 1']);
});

test('"After meeting X in P, Y flew to Q for talks with Z" is two events', () => {
  const a = analyze(
    `${HEADER}After meeting President Karl Brenner of Austria in Vienna, Polish Foreign Minister Tomasz Wierzbicki went by train to Prague for talks with Prime Minister Jana Kovalova of Slovakia on Thursday.`,
  );
  assert.deepEqual(a.events.map((e) => described(a, e)).sort(), [
    'meeting | 2024-05-30 | Vienna | Karl Brenner, Tomasz Wierzbicki | 1',
    'talks | 2024-05-30 | Prague | Jana Kovalova, Tomasz Wierzbicki | 1',
  ]);
});

test('who is named only as a background call, a sender or one remembered takes no part', () => {
  const a = analyze(
    `${HEADER}Polish Foreign Minister Tomasz Wierzbicki met Prime Minister Jana Kovalova of Slovakia in Vienna on Thursday as a follow-up to President Karl Brenner's call with her, to relay a message from Chancellor Lena Maurer.`,
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['meeting | 2024-05-30 | Vienna | Jana Kovalova, Tomasz Wierzbicki | 1']);
});

test('a negated trigger is no event', () => {
  const a = analyze(`${HEADER}Polish Foreign Minister Tomasz Wierzbicki did not meet Prime Minister Jana Kovalova of Slovakia in Vienna on Thursday.`);
  assert.deepEqual(a.events, []);
});

test('"X also took part in the talks" adds X to them; "Y was present" only adds the source', () => {
  const a = analyze(
    `${HEADER}Polish Foreign Minister Tomasz Wierzbicki held talks with Prime Minister Jana Kovalova of Slovakia in Vienna on Thursday. ` +
      'Chancellor Lena Maurer of Germany also took part in the talks. President Karl Brenner of Austria was also present at the talks.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['talks | 2024-05-30 | Vienna | Jana Kovalova, Lena Maurer, Tomasz Wierzbicki | 3']);
});

test('"X came later to join the group" joins the visit told of last', () => {
  const a = analyze(
    `${HEADER}French President Jean Arles and Chancellor Lena Maurer of Germany arrived in Kyiv on Thursday to meet President Karl Brenner of Austria.\nTomasz Wierzbicki, the Polish prime minister, came a day later by train to join the group.\n`,
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['visit | 2024-05-30 | Kyiv | Jean Arles, Karl Brenner, Lena Maurer, Tomasz Wierzbicki | 2']);
});

test('a title-case headline has its capitalized trigger: "Chancellor Maurer Visiting President Arles"', () => {
  const a = analyze(`Chancellor Lena Maurer Of Germany Visiting President Jean Arles In Paris\n2024-05-31\n\n${'The weather was mild all week and the markets were calm, traders said on a quiet afternoon. '.repeat(2)}`);
  assert.deepEqual(a.events.map((e) => e.kind), ['visit']);
});

test('"the two leaders" are the last two heads of state or government named, not their ministers', () => {
  const a = analyze(
    `${HEADER}French President Jean Arles received Chancellor Lena Maurer of Germany in Paris on Thursday. Foreign Minister Tomasz Wierzbicki of Poland stayed at home in Warsaw. The two leaders held talks after lunch.`,
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['talks | 2024-05-30 | Paris | Jean Arles, Lena Maurer | 2']);
});

test('a summit is a kind of its own, and leaders present at it take part in it', () => {
  const a = analyze(
    `${HEADER}French President Jean Arles opened a regional summit in Vienna on Thursday. Chancellor Lena Maurer of Germany was also present at the summit.`,
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['summit | 2024-05-30 | Vienna | Jean Arles, Lena Maurer | 2']);
});

test('"received", "welcomed" and "hosted" make a meeting only with someone as their object', () => {
  const a = analyze(`${HEADER}French President Jean Arles welcomed Chancellor Lena Maurer of Germany in Paris on Thursday.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), ['meeting | 2024-05-30 | Paris | Jean Arles, Lena Maurer | 1']);
  const b = analyze(`${HEADER}French President Jean Arles received an award and welcomed the decision of Chancellor Lena Maurer of Germany.`);
  assert.deepEqual(b.events, []);
});

test('"X told Y" makes X one who spoke with Y, not a mere speaker', () => {
  const a = analyze(`${HEADER}French President Jean Arles told Chancellor Lena Maurer of Germany during their talks in Paris on Thursday that trade must grow.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), ['talks | 2024-05-30 | Paris | Jean Arles, Lena Maurer | 1']);
});

test('a future main verb makes a later trigger planned: "will press, as always, for … in meetings with X"', () => {
  const a = analyze(`${HEADER}French President Jean Arles will press, as always, for lower tariffs in meetings with Chancellor Lena Maurer of Germany.`);
  assert.deepEqual(a.events.map((e) => [e.kind, e.planned]), [['meeting', true]]);
});

test('one who says what happened, with an apposition before the verb, takes no part: "A, ambassador of B to C, said that …"', () => {
  const a = analyze(
    `${HEADER}Chilean Foreign Minister Tomas Berg arrived in Lima on Thursday. ` +
      "Taking to Twitter, Ana Ruiz, ambassador of Chile to Peru, said that Peru's prime minister had received Berg at the palace.",
  );
  assert.deepEqual(a.events.map((e) => withoutSources(a, e)), ['visit | 2024-05-30 | Lima | Tomas Berg']);
});

test('one who announces a plan takes no part in it', () => {
  const a = analyze(`${HEADER}French President Jean Arles announced that Lyon is to hold a conference on energy later this year.`);
  assert.deepEqual(a.events, []);
});

test('a city is the whole run of capitalized words: "at Victoria Park in Lusaka" is in Lusaka', () => {
  const a = analyze(`${HEADER}French President Jean Arles met Chancellor Lena Maurer of Germany at Victoria Park in Lusaka on Thursday.`);
  assert.equal(a.events[0]?.place, 'Lusaka');
});

test('a spokesperson quoted about an event announced it and took no part', () => {
  const a = analyze(`${HEADER}Spokesman Piotr Lis said the accord was “the best one signed in a decade.”`);
  assert.deepEqual(a.events, []);
});

test('a clause of another time ends at its comma, not at the stop of "U.S."', () => {
  const a = analyze(`${HEADER}The trip comes after U.S. President Jean Arles cut aid to the region.`);
  assert.deepEqual(a.events, []);
});

test('a venue followed by its city gives the city: "at State House Abuja", "at the Presidential Palace, Abuja"', () => {
  for (const venue of ['State House Abuja', 'the Presidential Palace, Abuja']) {
    const a = analyze(`${HEADER}French President Jean Arles met Chancellor Lena Maurer of Germany at ${venue} on Thursday.`);
    assert.equal(a.events[0]?.place, 'Abuja', venue);
  }
});

test('an event the report opens with, before it names any other time, happened on the article date, at the dateline', () => {
  const a = analyze(
    'Leaders meet\n2024-05-31\n\nLUSAKA -- Zambian President Mwila Banda met with Malawian President Chikondi Phiri. ' +
      'The two presidents talked about trade in March. Banda later visited a factory.',
  );
  const lines = a.events.map((e) => described(a, e));
  assert.ok(lines.includes('meeting | 2024-05-31 | Lusaka | Chikondi Phiri, Mwila Banda | 1'), lines.join('\n'));
  assert.ok(!lines.some((l) => /^visit \| 2024-05-31/.test(l)), lines.join('\n'));
});

test('a report that opens without naming anyone dates the meeting its next sentence names', () => {
  const a = analyze(
    'Ministers meet\n2024-05-31\n\nThe foreign ministers of Chile and Peru held talks in Lima on Wednesday. ' +
      'In the meeting with his Peruvian counterpart, Rosa Quispe, Chilean Foreign Minister Tomás Ibarra praised the ties.',
  );
  assert.deepEqual(a.events.filter((e) => e.participants.some((p) => 'person' in p)).map((e) => described(a, e)), ['meeting | 2024-05-29 | Lima | Rosa Quispe, Tomás Ibarra | 1']);
});

test('an undated headline that sums up two dated meetings is none of its own', () => {
  const a = analyze(
    'Whitfield steps up talks with Arles and Maurer\n2024-05-31\n\nUS envoy Dana Whitfield met French President Jules Arles in Paris on Thursday. ' +
      'Whitfield met Chancellor Hanna Maurer in Berlin on Friday.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)).sort(), [
    'meeting | 2024-05-30 | Paris | Dana Whitfield, Jules Arles | 2',
    'meeting | 2024-05-31 | Berlin | Dana Whitfield, Hanna Maurer | 2',
  ]);
});

test('an undated plan of the people whose meeting the sentence before reported is that meeting', () => {
  const a = analyze(
    `${HEADER}Kenyan President Amani Otieno has met with Ghanaian President Kwame Asante in Nairobi. The two leaders will hold talks on trade.`,
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['meeting | 2024-05-31 | Nairobi | Amani Otieno, Kwame Asante | 2']);
});

test("a dateline's date is the filing day: the weekday after it dates the event, which the dateline places", () => {
  const b = analyze(`${HEADER}LIMA, May 31 (Example) -- Peruvian Foreign Minister Rosa Quispe on Thursday held talks with Chilean Foreign Minister Tomás Ibarra.\n`);
  assert.deepEqual(b.events.map((e) => described(b, e)), ['talks | 2024-05-30 | Lima | Rosa Quispe, Tomás Ibarra | 1']);
});

test('"held discussion" is talks', () => {
  const a = analyze(`${HEADER}Peruvian Foreign Minister Rosa Quispe on Thursday held discussion with Chilean Foreign Minister Tomás Ibarra in Lima.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), ['talks | 2024-05-30 | Lima | Rosa Quispe, Tomás Ibarra | 1']);
});

test('"in the Chilean capital, Santiago" places the event in the city named', () => {
  const a = analyze(`${HEADER}Peruvian Foreign Minister Rosa Quispe held talks with Chilean Foreign Minister Tomás Ibarra in the Chilean capital, Santiago, on Thursday.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), ['talks | 2024-05-30 | Santiago | Rosa Quispe, Tomás Ibarra | 1']);
});

test('the host named after "at the invitation of the … leader," takes no part in the arrival', () => {
  const a = analyze(`${HEADER}Kenyan President Amani Otieno arrived in Accra at the invitation of the Ghanaian leader, Kwame Asante, on Thursday.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), ['visit | 2024-05-30 | Accra | Amani Otieno | 1']);
});

test('"During their talks, the two leaders will discuss …" is planned', () => {
  const a = analyze(
    `${HEADER}Kenyan President Amani Otieno arrived in Accra on Thursday. During their talks, Otieno and Ghanaian President Kwame Asante will discuss trade.`,
  );
  const lines = a.events.map((e) => `${e.planned ? 'planned ' : ''}${described(a, e)}`).sort();
  assert.deepEqual(lines, ['planned talks | null | null | Amani Otieno, Kwame Asante | 1', 'visit | 2024-05-30 | Accra | Amani Otieno | 1']);
});

test('"In bilateral meetings with A and B, X …" is one meeting of X with each', () => {
  const a = analyze(`${HEADER}In bilateral meetings with Chilean President Tomás Ibarra and Peruvian President Rosa Quispe on Thursday, Bolivian President Mateo Choque raised trade.`);
  assert.deepEqual(a.events.map((e) => described(a, e)).sort(), ['meeting | 2024-05-30 | null | Mateo Choque, Rosa Quispe | 1', 'meeting | 2024-05-30 | null | Mateo Choque, Tomás Ibarra | 1']);
});

test('"Accompanying the president on his visit were …" is a source of the visit, not an event of the delegation', () => {
  const a = analyze(
    `${HEADER}Chilean President Tomás Ibarra met Peruvian President Rosa Quispe in Lima on Thursday. ` +
      'Accompanying the Chilean president on his visit were Foreign Minister Inés Ferrada and Senator Pablo Rojas.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['meeting | 2024-05-30 | Lima | Rosa Quispe, Tomás Ibarra | 2']);
});

test('a spouse who comes along is no party to the officials\' meeting; spouses who meet are an event of their own', () => {
  const a = analyze(
    `${HEADER}Chilean President Tomás Ibarra and First Lady Elena Ibarra met Peruvian President Rosa Quispe in Lima on Thursday. ` +
      'He was then received by the Peruvian President and her husband Jorge Salas at the palace. ' +
      'On Friday, Elena Ibarra met Jorge Salas in Cusco.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)).sort(), [
    'meeting | 2024-05-30 | Lima | Rosa Quispe, Tomás Ibarra | 2',
    'meeting | 2024-05-31 | Cusco | Elena Ibarra, Jorge Salas | 1',
  ]);
});

test('"Referring to a meeting … yesterday" speaks of another time: the meeting gives its date to no other event', () => {
  const a = analyze(
    `${HEADER}Addressing a press conference in Lima, Foreign Minister Rosa Quispe warned of a crisis. ` +
      'Referring to a meeting chaired by President Mateo Choque yesterday, Quispe said the cabinet was concerned.',
  );
  const lines = a.events.map((e) => described(a, e));
  // the meeting itself is a background event of its own, of Choque's, on the day its words give
  assert.ok(!lines.some((l) => l.includes('2024-05-30') && l !== 'meeting | 2024-05-30 | null | Mateo Choque | 1'), lines.join('\n'));
});

test('an assistant press secretary "to the prime minister" is not one of "the two leaders"', () => {
  const a = analyze(
    `${HEADER}Prime Minister Amani Otieno met President Kwame Asante on Thursday, said Lydia Mensah, assistant press secretary to the prime minister. ` +
      'The two leaders held a private discussion before the meeting.',
  );
  assert.ok(!a.events.some((e) => described(a, e).includes('Lydia Mensah')), a.events.map((e) => described(a, e)).join('\n'));
});

test('"X earlier said" frames a speaker, who takes no part in what they announce', () => {
  const a = analyze(`${HEADER}Foreign Minister Lydia Mensah earlier said several agreements are expected to be signed during the visit.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), []);
});

test('in a page with no date, a weekday borne out by a caption of the same people takes the caption date', () => {
  const text =
    'Envoy in Lima\n\nUS envoy Dana Whitfield meets Peruvian President Rosa Quispe in Lima, May 31, 2024.\n\n' +
    'US envoy Dana Whitfield met separately Friday with Peruvian President Rosa Quispe and Chilean President Tomás Ibarra.\n';
  const a = analyze(text);
  const lines = a.events.map((e) => described(a, e));
  assert.ok(lines.some((l) => /^meeting \| 2024-05-31 \| .* \| Dana Whitfield, Tomás Ibarra \|/.test(l)), lines.join('\n'));
  const b = analyze(text.replace('met separately Friday', 'met separately Thursday'));
  assert.ok(!b.events.some((e) => described(b, e).includes('Tomás Ibarra') && e.date !== null), b.events.map((e) => described(b, e)).join('\n'));
});

test("a day's only summit, told of by one of the day's talks' three or more people, is those talks", () => {
  const a = analyze(
    `${HEADER}President Amani Otieno hosted talks with President Kwame Asante and President Mateo Choque in Accra on Thursday. ` +
      'Speaking at the summit, Asante said the region needed peace.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['summit | 2024-05-30 | Accra | Amani Otieno, Kwame Asante, Mateo Choque | 2']);
});

test('a meeting no sentence places, the day after its visitor arrived in a city, was held in that city', () => {
  const a = analyze(
    `${HEADER}Chilean President Tomás Ibarra held talks with Peruvian President Rosa Quispe on Friday. ` +
      'Ibarra arrived in Cusco on Thursday on a two-day visit.',
  );
  const lines = a.events.map((e) => described(a, e)).sort();
  assert.deepEqual(lines, ['talks | 2024-05-31 | Cusco | Rosa Quispe, Tomás Ibarra | 1', 'visit | 2024-05-30 | Cusco | Tomás Ibarra | 1']);
});

test('"A is expected to meet with B and C" is one planned meeting with each of them', () => {
  const a = analyze(`${HEADER}Chilean President Ana Varga is expected to meet with Peruvian President Tomas Berg and Bolivian President Lena Olsen.`);
  assert.deepEqual(a.events.map((e) => [e.planned, described(a, e)]), [
    [true, 'meeting | null | null | Ana Varga, Tomas Berg | 1'],
    [true, 'meeting | null | null | Ana Varga, Lena Olsen | 1'],
  ]);
});

test('a rumour is no report: "A was rumoured to have been left out of the meeting"', () => {
  const a = analyze(`${HEADER}Transport Minister Tomas Berg was rumoured to have been left out of a cabinet meeting with President Ana Varga on Tuesday.`);
  assert.deepEqual(a.events, []);
});

test('"A and B looked forward to the next meeting of the Joint Commission": a body\'s meeting names none of its members', () => {
  const a = analyze(`${HEADER}Chilean President Ana Varga met Peruvian President Tomas Berg on Thursday.\n\nTrade was high on the agenda.\n\nVarga and Berg looked forward to the next meeting of the Joint Commission in Lima.`);
  assert.deepEqual(a.events.filter((e) => e.planned), []);
});

test('"Other guests include A and B": more people of the gathering told of last', () => {
  const a = analyze(`${HEADER}The forum opened in Lima on Thursday with a speech by Chilean President Ana Varga. Other guests include Peruvian President Tomas Berg and Bolivian President Lena Olsen.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), ['forum | 2024-05-30 | Lima | Ana Varga, Lena Olsen, Tomas Berg | 2']);
});

test('a meeting of only one person on a day they are at a summit is that summit', () => {
  const a = analyze(
    `${HEADER}Chilean President Ana Varga opened the summit of Andean leaders in Lima on Thursday, with Peruvian President Tomas Berg. ` +
      'Varga spoke to reporters before the ongoing meeting.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['summit | 2024-05-30 | Lima | Ana Varga, Tomas Berg | 2']);
});

test('an undated gathering is the one gathering of its kind that the document dates', () => {
  const a = analyze(
    `${HEADER}The forum opened in Lima on Thursday with a speech by Peruvian President Tomas Berg. ` +
      'The forum brings together officials from the region with Chilean President Ana Varga.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['forum | 2024-05-30 | Lima | Ana Varga, Tomas Berg | 2']);
});

test('a gathering reported before anyone is named takes the leaders of the states it names, named later', () => {
  const a = analyze(
    `${HEADER}The presidents of Chile, Peru and Bolivia convened in Lima on Thursday for the third meeting of Andean leaders. ` +
      'Chilean President Ana Varga greeted her counterparts warmly. Peruvian President Tomas Berg spoke of trade. ' +
      'Bolivian President Lena Olsen asked for a new port. Argentine President Piet Dorn sent a message.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)).filter((d) => d.startsWith('meeting')), ['meeting | 2024-05-30 | Lima | Ana Varga, Lena Olsen, Tomas Berg | 2']);
});

test('"A and B attended the meeting as guests": the gathering of states, not the arrival told of last', () => {
  const a = analyze(
    `${HEADER}The presidents of Chile, Peru and Bolivia convened in Lima on Thursday for the meeting of Andean leaders. ` +
      'Chilean President Ana Varga and Peruvian President Tomas Berg arrived in Lima on Wednesday. ' +
      'Argentine President Piet Dorn and Lena Olsen, head of the Andean Development Bank, attended the meeting as guests.',
  );
  const meeting = a.events.find((e) => e.kind === 'meeting')!;
  assert.deepEqual(described(a, meeting), 'meeting | 2024-05-30 | Lima | Ana Varga, Lena Olsen, Piet Dorn, Tomas Berg | 2');
});

test('"attended the Andean Summit" names another gathering: it joins no event told of before', () => {
  const a = analyze(
    `${HEADER}Chilean President Ana Varga held talks with Peruvian President Tomas Berg in Lima on Thursday. ` +
      'Varga came from Quito, where she attended the Andean Summit and met Bolivian President Lena Olsen.',
  );
  assert.ok(a.events.every((e) => !(e.kind === 'talks' && e.participants.length > 2)), a.events.map((e) => described(a, e)).join('\n'));
});

test('a passive welcome with its place between: "A is welcomed at Lima\'s airport by B"', () => {
  assert.deepEqual(eventLines(`Chilean President Ana Varga is welcomed at Lima's Chavez Airport by Peruvian Prime Minister Tomas Berg on Wednesday.`), ['meeting | 2024-05-29 | Lima | Ana Varga, Tomas Berg']);
});

test('"A left the hotel, and the ministers met with B": A, named only in a clause with another subject, takes no part', () => {
  const a = analyze(`${HEADER}Peruvian President Tomas Berg left the hotel on Thursday, and the six ministers met with Chilean President Ana Varga.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), ['meeting | 2024-05-30 | null | Ana Varga | 1']);
});

test('"When that meeting was over, A went back to the palace where the talks had begun, and the ministers met B": the determined nouns tell an earlier event; "met" tells this one', () => {
  const a = analyze(
    `${HEADER}Peruvian President Tomas Berg met Chilean President Ana Varga in Lima on Thursday. ` +
      'When that meeting was over, Berg went back to the palace where the talks had begun, and the six ministers met with Bolivian President Luis Moreno.',
  );
  assert.ok(!a.events.some((e) => described(a, e).includes('Luis Moreno, Tomas Berg')), a.events.map((e) => described(a, e)).join('\n'));
});

test('"A arrived on Monday, and met B": a clause without a subject of its own keeps the subject before it', () => {
  const a = analyze(`${HEADER}Peruvian President Tomas Berg arrived in Lima on Thursday, and met Chilean President Ana Varga.`);
  assert.ok(a.events.some((e) => described(a, e).includes('Ana Varga, Tomas Berg')), a.events.map((e) => described(a, e)).join('\n'));
});

test('"In talks with B, she urged": a pronoun after an opening phrase with the meeting is the subject followed so far', () => {
  const a = analyze(`${HEADER}Chilean Foreign Minister Ana Varga arrived in Lima on Thursday. In talks with Peruvian President Tomas Berg on Friday, she urged an end to the dispute.`);
  assert.ok(a.events.some((e) => withoutSources(a, e) === 'talks | 2024-05-31 | Lima | Ana Varga, Tomas Berg'), a.events.map((e) => described(a, e)).join('\n'));
});

test('"Both South American leaders will meet A and B": the two are the leaders named before, not A, named after them', () => {
  const a = analyze(
    `${HEADER}Chilean President Ana Varga and Peruvian President Tomas Berg met Bolivian President Luis Moreno in La Paz on Friday.\n\n` +
      'Both South American leaders are to discuss trade in meetings with Moreno and Prime Minister Rosa Quispe.',
  );
  assert.ok(a.events.some((e) => e.planned && withoutSources(a, e) === 'meeting | null | null | Ana Varga, Rosa Quispe, Tomas Berg'), a.events.map((e) => described(a, e)).join('\n'));
});

test('an undated plan of the people the article reports meeting that day is that meeting, not a second one', () => {
  const a = analyze(`${HEADER}Chilean President Ana Varga met Peruvian President Tomas Berg in Lima on Friday.\n\nVarga will raise trade in her meeting with Berg.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), ['meeting | 2024-05-31 | Lima | Ana Varga, Tomas Berg | 2']);
});

test('a summit told of only beside unresolved names is no second gathering: the one speaker at the day\'s summit joins the talks it is', () => {
  const a = analyze(
    `${HEADER}Chilean President Ana Varga met Peruvian President Tomas Berg and Bolivian President Luis Moreno in Lima on Friday, opening a summit on trade.\n\n` +
      'Shortly before the summit, Varga struck a warmer tone in a post on Friday morning.\n\nThe weeks before the summit were marked by quarrels with European officials.',
  );
  const people = (e: (typeof a.events)[number]) => e.participants.flatMap((p) => ('person' in p ? [a.persons[p.person].name] : [])).sort().join(', ');
  assert.deepEqual(a.events.map((e) => `${e.kind} ${e.date} ${people(e)}`), ['summit 2024-05-31 Ana Varga, Luis Moreno, Tomas Berg']);
});

test('"B and C signed the latest deal": those who signed join the signing the document told already', () => {
  const a = analyze(
    `${HEADER}Chilean President Ana Varga and Peruvian President Tomas Berg witnessed the signing of a gas deal in Lima on Thursday.\n\n` +
      'Chilean Energy Minister Luis Moreno and Peruvian Trade Minister Rosa Quispe signed the latest deal on behalf of their governments.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['signing | 2024-05-30 | Lima | Ana Varga, Luis Moreno, Rosa Quispe, Tomas Berg | 2']);
});

test('"A confirmed that a meeting of the group would take place during the visit": a plan that A announced, with no part of A\'s', () => {
  const a = analyze(`${HEADER}Chilean President Ana Varga confirmed that a meeting of the donor group — twelve states in all — would take place during the Lima visit.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), []);
});

test('"the Varga administration", "the Berg government": a name that only qualifies a government takes no part', () => {
  const a = analyze(
    `${HEADER}Chilean Foreign Minister Ana Varga met Peruvian Foreign Minister Tomas Berg in Lima on Thursday. ` +
      'The discussions were part of a push by the Moreno administration to end the dispute.',
  );
  assert.ok(!a.events.some((e) => described(a, e).includes('Moreno')), a.events.map((e) => described(a, e)).join('\n'));
});

test('"the pair had met": the pair are the last two officials named before, whatever their offices', () => {
  const a = analyze(
    `${HEADER}Chilean Foreign Minister Ana Varga met Peruvian Trade Minister Tomas Berg in Lima on Thursday.\n\n` +
      'It was the second time the pair had met since the government of Bolivian President Luis Moreno ended its boycott.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['meeting | 2024-05-30 | Lima | Ana Varga, Tomas Berg | 2']);
});

test('"He will meet B": a pronoun opening a plan is the subject followed so far', () => {
  const a = analyze(`${HEADER}Chilean President Ana Varga arrived in Lima on Thursday. He will meet with Peruvian President Tomas Berg on Saturday.`);
  assert.ok(a.events.some((e) => e.planned && described(a, e).includes('Ana Varga, Tomas Berg')), a.events.map((e) => described(a, e)).join('\n'));
});

test('"ever since A and B met in Quito": a meeting told as background is its own, undated, not the report\'s', () => {
  const a = analyze(
    `${HEADER}Chilean President Ana Varga met Peruvian President Tomas Berg in Lima on Thursday.\n\n` +
      'Ever since Varga and Berg met in Quito, the dispute had grown.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)).sort(), ['meeting | 2024-05-30 | Lima | Ana Varga, Tomas Berg | 1', 'meeting | null | Quito | Ana Varga, Tomas Berg | 1']);
});

test('"Referring to a meeting chaired by A yesterday, B said": B, outside the background clause, took no part in it', () => {
  const a = analyze(`${HEADER}Referring to a meeting chaired by Bolivian President Luis Moreno yesterday, Chilean Foreign Minister Ana Varga said the dispute was over.`);
  assert.ok(!a.events.some((e) => described(a, e).includes('Ana Varga')), a.events.map((e) => described(a, e)).join('\n'));
});

test('"glad to welcome her old colleague B to Santiago": a welcome is a meeting where it is said', () => {
  assert.deepEqual(eventLines(`Chilean President Ana Varga said she was glad to welcome her old colleague, Peruvian President Tomas Berg, to Santiago on Thursday.`), ['meeting | 2024-05-30 | Santiago | Ana Varga, Tomas Berg']);
});

test('a meeting of all of a day\'s summit\'s people in its city ("B greeted A at the gate") is part of that summit', () => {
  const a = analyze(
    `${HEADER}A summit of Chilean President Ana Varga and Peruvian President Tomas Berg began at the palace in Lima on Friday. ` +
      'When her car reached the gate, Berg greeted Varga in person.',
  );
  assert.deepEqual(a.events.map((e) => described(a, e)), ['summit | 2024-05-31 | Lima | Ana Varga, Tomas Berg | 2']);
});

test('"after visiting Arequipa on Thursday": the city visited is the visit\'s place; "visiting Peruvian President B" names no place', () => {
  const a = analyze(`${HEADER}It was the last day of the trip for Chilean President Ana Varga after visiting Arequipa on Thursday, where she attended the inauguration of Peruvian President Tomas Berg.`);
  assert.ok(a.events.some((e) => e.kind === 'visit' && e.place === 'Arequipa'), a.events.map((e) => described(a, e)).join('\n'));
});

test('"A expressed hopes to deepen ties through consultations with B": a hope tells no event', () => {
  const a = analyze(`${HEADER}Chilean Foreign Minister Ana Varga expressed hopes to deepen ties, and to settle the dispute through consultations with Peruvian Foreign Minister Tomas Berg on Sunday.`);
  assert.deepEqual(a.events.map((e) => described(a, e)), []);
});

test('"A reached Lima after concluding his visit to Chile, where he held talks with B": talks of the visit before, undated, in Chile', () => {
  const a = analyze(
    `${HEADER}Bolivian President Luis Moreno met Peruvian President Tomas Berg in Lima on Friday.\n\n` +
      'Moreno reached Lima after concluding his visit to Chile, where he held talks with Chilean President Ana Varga.',
  );
  assert.deepEqual(a.events.map((e) => withoutSources(a, e)).sort(), ['meeting | 2024-05-31 | Lima | Luis Moreno, Tomas Berg', 'talks | null | Chile | Ana Varga, Luis Moreno']);
});

test('"The wider talks will be attended by A and B": the event word is the subject of a future, so the talks are planned', () => {
  const a = analyze(`${HEADER}The wider talks will be attended by Chilean Foreign Minister Ana Varga and Peruvian Foreign Minister Tomas Berg.`);
  assert.deepEqual(a.events.map((e) => `${e.planned ? 'planned ' : ''}${described(a, e)}`), ['planned talks | null | null | Ana Varga, Tomas Berg | 1']);
});

test('"He then met with B": a pronoun opening the sentence is the person the sentence before it began with', () => {
  const a = analyze(`${HEADER}Chilean President Ana Varga spoke about trade in Lima on Thursday. He then met with Peruvian Prime Minister Tomas Berg.`);
  assert.ok(a.events.some((e) => described(a, e).includes('Ana Varga, Tomas Berg')), a.events.map((e) => described(a, e)).join('\n'));
});

test('a pronoun is no spokesperson: "The spokesman A said so. He met B" leaves A out', () => {
  const a = analyze(`${HEADER}Ministry spokesman Ivo Marek briefed reporters on Thursday. She then met with Peruvian Prime Minister Tomas Berg.`);
  const meetings = a.events.filter((e) => e.kind === 'meeting').map((e) => described(a, e));
  assert.deepEqual(meetings, ['meeting | 2024-05-30 | null | Tomas Berg | 1']);
});

test('"A led the delegation, which included B and C": the delegation joins the talks told of before, without the one an aide serves', () => {
  assert.deepEqual(eventLines(`Peruvian Minister Tomas Berg held talks with Chilean Minister Ana Varga in Lima on Thursday. Varga led the Chilean delegation, which included Deputy Minister Lena Olsen and Piet Dorn, the adviser to President Ivo Marek.`), ['talks | 2024-05-30 | Lima | Ana Varga, Lena Olsen, Piet Dorn, Tomas Berg']);
});

test('a page with no date still places its events where its opening report does', () => {
  const a = analyze('Talks in Geneva\n\nChile and Peru held talks in Geneva on Thursday. The talks were useful, Chilean Minister Ana Varga said after the meeting.');
  assert.deepEqual(a.events.map((e) => withoutSources(a, e)), ['talks | null | Geneva | Ana Varga']);
});

test('"A is set to meet students in Lima, … while B and others were in prison": the one a background clause names takes no part in the plan', () => {
  assert.deepEqual(eventLines(`Later on Friday, Chilean President Ana Varga is set to meet with students in Lima, where the protests began while opposition leader Tomas Berg and others were in prison.`), ['meeting | 2024-05-31 | Lima | Ana Varga']);
});

test('"A spoke Spanish with the guests, and English with B": talk right after an event its subject took part in joins it', () => {
  assert.deepEqual(eventLines(`President Ana Varga and Secretary General Tomas Berg met each guest at the palace on Thursday. Varga spoke Spanish with the ministers and English with Peruvian President Lena Olsen.`), ['meeting | 2024-05-30 | null | Ana Varga, Lena Olsen, Tomas Berg']);
});

test('a venue whose name begins with its city places the event there: "in the lobby of the Lima National Stadium"', () => {
  const a = analyze(`${HEADER}President Ana Varga met Prime Minister Tomas Berg in the lobby of the Lima National Stadium on Thursday.`);
  assert.deepEqual(a.events.map((e) => e.place), ['Lima']);
});

test('"His first meeting was with B": a possessive pronoun for the subject of a meeting', () => {
  const a = analyze(`${HEADER}Chilean President Ana Varga arrived in Lima on Thursday. His first meeting was with Peruvian Prime Minister Tomas Berg.`);
  assert.ok(a.events.some((e) => described(a, e).includes('Ana Varga, Tomas Berg')), a.events.map((e) => described(a, e)).join('\n'));
});

test('an unplaced event takes the place of a later one on the same day that two of its people took part in', () => {
  assert.deepEqual(eventLines(`Foreign Minister Ana Varga and Trade Minister Tomas Berg held talks with Prime Minister Lena Olsen on Thursday. Varga and Berg then met President Ivo Marek in Brussels on Thursday.`), ['talks | 2024-05-30 | Brussels | Ana Varga, Lena Olsen, Tomas Berg', 'meeting | 2024-05-30 | Brussels | Ana Varga, Ivo Marek, Tomas Berg']);
});

test('a headline\'s bare "to" is the future: "President Varga to chair summit in Lima" is planned', () => {
  const a = analyze('President Ana Varga to chair Andean summit in Lima\n2024-05-31\n\nThe summit is scheduled for June 9 in Lima.');
  assert.ok(a.events.length > 0 && a.events.every((e) => e.planned), a.events.map((e) => described(a, e)).join('\n'));
});

test('"On the sidelines of the summit, A, B and C will visit": a future main verb after a subject list makes the plan', () => {
  const a = analyze(`${HEADER}On the sidelines of the summit, Chilean President Ana Varga, Bolivian President Ivo Marek and Peruvian President Tomas Berg will pay state visits.`);
  assert.ok(a.events.length > 0 && a.events.every((e) => e.planned), a.events.map((e) => described(a, e)).join('\n'));
});

test('a document\'s planned summit is one, on the day its own words give, and "announced Monday" does not date it', () => {
  const text = `${HEADER}Chilean President Ana Varga will chair the Andean Summit, Foreign Minister Lena Olsen announced Monday. The summit is scheduled for June 9 to 10 in Lima, with Varga in the chair. On the sidelines of the summit, Peruvian President Tomas Berg will pay a state visit.`;
  const a = analyze(text);
  const summits = a.events.filter((e) => e.kind === 'summit').map((e) => withoutSources(a, e));
  assert.deepEqual(summits, ['summit | 2024-06-09 | Lima | Ana Varga, Tomas Berg']);
});

test('a gathering\'s roster leaves out a state named in a clause of another time ("since the summit in Bolivia")', () => {
  const a = analyze(`${HEADER}This is the first Andean summit since the expansion of the group at the summit in Bolivia. Bolivian President Ivo Marek spoke on Thursday.`);
  assert.ok(a.events.every((e) => !described(a, e).includes('Ivo Marek') || e.kind !== 'summit'), a.events.map((e) => described(a, e)).join('\n'));
});

test('"A left for the summit, and B stayed at the hotel": the one who stayed behind takes no part', () => {
  const a = analyze(`${HEADER}Chilean President Ana Varga left for the Andean summit on Thursday, and Peruvian envoy Tomas Berg stayed at the hotel.`);
  assert.ok(a.events.every((e) => !described(a, e).includes('Tomas Berg')), a.events.map((e) => described(a, e)).join('\n'));
  assert.ok(a.events.some((e) => described(a, e).includes('Ana Varga')), a.events.map((e) => described(a, e)).join('\n'));
});

test('"State media posted images of the meeting. It showed A with B and C": those shown are the meeting\'s people', () => {
  assert.deepEqual(eventLines(`Chile and Peru agreed on Friday to restore ties. State television posted images it said were taken at the meeting. ` +
      'It showed Ana Varga, the Chilean foreign minister, with Peruvian National Security Adviser Tomas Berg and Lidia Kovac, Bolivia\'s top diplomat.'), ['meeting | 2024-05-31 | null | Ana Varga, Lidia Kovac, Tomas Berg']);
});

test('one named in a hope ("expressing hopes for a visit by President C") takes no part in the meeting the sentence reports', () => {
  assert.deepEqual(eventLines(`Chilean Foreign Minister Ana Varga met her Peruvian counterpart Tomas Berg in Lima on Tuesday, ` +
      'expressing hopes for a visit by Peruvian President Lidia Kovac to Chile later this year.'), ['meeting | 2024-05-28 | Lima | Ana Varga, Tomas Berg']);
});

test('a call is told in many words: "talked on the phone", "called up President B"; "called up reservists" is none', () => {
  const calls = (text: string) => analyze(`${HEADER}${text}`).events.map((e) => e.kind);
  assert.deepEqual(calls('Chilean President Ana Varga and Peruvian President Tomas Berg talked on the phone on Monday.'), ['call']);
  assert.deepEqual(calls('Chilean President Ana Varga on Friday called up Peruvian President Tomas Berg to congratulate him.'), ['call']);
  assert.deepEqual(calls('Chilean President Ana Varga called up 300,000 reservists on Friday.'), []);
});

test('a call has no place: a city its sentence names is where something else happened', () => {
  assert.deepEqual(eventLines(`Chilean President Ana Varga spoke of the attack in Lima in a phone call with Peruvian President Tomas Berg on Monday.`), ['call | 2024-05-27 | null | Ana Varga, Tomas Berg']);
});

test('what one is invited to, or what comes "later this year", is planned; "a statement on Tuesday" does not date it', () => {
  const plans = (text: string) => analyze(`${HEADER}${text}`).events.map((e) => `${e.kind} ${e.planned ? 'planned' : 'reported'} ${e.date}`);
  assert.deepEqual(plans('In a statement on Tuesday, Chilean President Ana Varga extended an invitation to Peruvian President Tomas Berg to visit Santiago.'), ['visit planned null']);
  assert.deepEqual(plans('Chilean President Ana Varga said Peruvian President Tomas Berg would come on a visit to Santiago later this year.'), ['visit planned null']);
  assert.deepEqual(plans('Chilean President Ana Varga will meet Peruvian President Tomas Berg at the upcoming G-20 summit.'), ['summit planned null']);
});

test('one who only qualifies another\'s office ("B\'s national security adviser C") takes no part in C\'s meeting', () => {
  assert.deepEqual(eventLines(`Chilean Foreign Minister Ana Varga met Peruvian President Tomas Berg's national security adviser Lidia Kovac on Monday.`), ['meeting | 2024-05-27 | null | Ana Varga, Lidia Kovac']);
});

test('"A met B, and C had a meeting with D": each clause with a subject and an event word of its own is its own event', () => {
  assert.deepEqual(eventLines(`Chilean Foreign Minister Ana Varga met Peruvian President Tomas Berg on Monday, ` +
      'and Chilean Defence Minister Lidia Kovac had a meeting with Peruvian Defence Minister Tomas Hudak.'), ['meeting | 2024-05-27 | null | Ana Varga, Tomas Berg', 'meeting | 2024-05-27 | null | Lidia Kovac, Tomas Hudak']);
});

test('"The signing took place in the presence of A and B": the one signing told already, with A and B', () => {
  assert.deepEqual(eventLines(`Chilean Foreign Minister Ana Varga signed seven memoranda with her Peruvian counterpart on Monday in Santiago.\n\n` +
      'The signing took place in the presence of Chilean President Lidia Kovac and Peruvian President Tomas Berg.'), ['signing | 2024-05-27 | Santiago | Ana Varga, Lidia Kovac, Tomas Berg']);
});

test('"A was accompanied to the talks by C and D" is the talks told already, which C and D do not join as parties', () => {
  assert.deepEqual(eventLines(`Chilean President Ana Varga held talks with Peruvian President Tomas Berg on Monday in Santiago. ` +
      'Varga was accompanied to the talks by Foreign Minister Lidia Kovac and Trade Minister Jan Hudak.'), ['talks | 2024-05-27 | Santiago | Ana Varga, Tomas Berg']);
});

test('"bilateral talks between A and B" are one event of A and B; the one who read the communiqué takes no part', () => {
  assert.deepEqual(eventLines(`The communique was read by Chilean Foreign Minister Lidia Kovac at the end of bilateral talks on Monday between ` +
      'the Chilean delegation led by President Ana Varga and the Peruvian team led by President Tomas Berg.'), ['talks | 2024-05-27 | null | Ana Varga, Tomas Berg']);
});

test('a negated event is none: "didn\'t have a joint press conference", and "conference" inside it is no forum', () => {
  assert.deepEqual(eventLines('Chilean President Ana Varga didn’t have a joint press conference with Peruvian President Tomas Berg.'), []);
  assert.deepEqual(eventLines('Chilean President Ana Varga did not have a joint press conference with Peruvian President Tomas Berg.'), []);
});

test('"No agreement on holding a joint press conference has been reached" tells no event', () => {
  assert.deepEqual(eventLines('No agreement on holding a joint press conference with Chilean President Ana Varga and Peruvian President Tomas Berg has been reached.'), []);
});
