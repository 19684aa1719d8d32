import { describe, expect, it } from 'vitest';
import { checkExampleCounts, parseExamplesJsonl } from './examples.ts';
import { evidenceRanges, highlightSegments } from './highlight.ts';
import { checkDraft, draftOf, emptyDraft, filterThemes, serverProblemsOf, splitLines, taxonomyFromJson, themeOf } from './taxonomy.ts';

const parking = { id: 'parking', label_en: 'Parking', label_zh: '停车', terms_zh: ['停车场', '车位'], terms_en: ['parking*', 'car_park'], patterns: ['没有?车位'] };

describe('splitLines', () => {
  it.each([
    ['', []],
    ['a\nb', ['a', 'b']],
    ['  a  \r\n\n b\n', ['a', 'b']],
    ['a\na\nb', ['a', 'b']],
  ])('%j → %j', (text, expected) => {
    expect(splitLines(text)).toEqual(expected);
  });
});

describe('theme drafts', () => {
  it('round-trips a theme through the form', () => {
    expect(themeOf(draftOf(parking))).toEqual(parking);
  });

  it.each([
    ['a good theme', { ...draftOf(parking) }, []],
    ['an id with capitals', { ...draftOf(parking), id: 'Parking Lot' }, ['id:idFormat']],
    ['an empty id', { ...draftOf(parking), id: '' }, ['id:idFormat']],
    ['an id already used', { ...draftOf(parking), id: 'refund' }, ['id:idTaken']],
    ['missing labels', { ...emptyDraft(), id: 'x' }, ['label_zh:labelRequired', 'label_en:labelRequired']],
    ['a pattern that does not compile', { ...draftOf(parking), patterns: 'ok\n(unclosed' }, ['patterns:badPattern']],
  ])('checks %s', (_case, draft, expected) => {
    expect(checkDraft(draft, ['refund']).map((problem) => `${problem.field}:${problem.key}`)).toEqual(expected);
  });

  it('names the line of a bad pattern', () => {
    const [problem] = checkDraft({ ...draftOf(parking), patterns: 'ok\n[a-' }, []);
    expect(problem?.values).toMatchObject({ line: 2, pattern: '[a-' });
  });
});

describe('filterThemes', () => {
  const themes = [parking, { ...parking, id: 'refund', label_en: 'Refund', label_zh: '退款', terms_zh: ['退钱'], terms_en: [], patterns: [] }];
  it.each([
    ['', ['parking', 'refund']],
    ['REF', ['refund']],
    ['退钱', ['refund']],
    ['car_park', ['parking']],
    ['nothing', []],
  ])('"%s" keeps %j', (query, ids) => {
    expect(filterThemes(themes, query).map(({ theme }) => theme.id)).toEqual(ids);
  });
  it('keeps each theme’s position in the full list', () => {
    expect(filterThemes(themes, 'refund')[0]?.index).toBe(1);
  });
});

describe('serverProblemsOf', () => {
  it('sorts problems by theme and field', () => {
    const problems = serverProblemsOf([
      { path: 'themes[3].patterns[0]', message: 'bad regex' },
      { path: 'themes[1].id', message: 'duplicate' },
      { path: 'body.themes.1.label_en', message: 'required' },
      { path: 'version', message: 'not a number' },
    ]);
    expect(problems.byTheme.get(3)).toEqual([{ field: 'patterns', message: 'bad regex' }]);
    expect(problems.byTheme.get(1)).toEqual([
      { field: 'id', message: 'duplicate' },
      { field: 'label_en', message: 'required' },
    ]);
    expect(problems.general).toEqual(['version: not a number']);
  });
  it('ignores details that are not a list', () => {
    expect(serverProblemsOf(undefined).byTheme.size).toBe(0);
  });
});

describe('taxonomyFromJson', () => {
  it('fills missing lists so the editor can show an imported file', () => {
    expect(taxonomyFromJson({ themes: [{ id: 'x', label_en: 'X', label_zh: '叉' }] })).toEqual({
      version: 1,
      themes: [{ id: 'x', label_en: 'X', label_zh: '叉', terms_zh: [], terms_en: [], patterns: [] }],
    });
  });
  it.each([[null], [[]], [{ themes: 'no' }], [{ themes: [1] }]])('refuses %j', (json) => {
    expect(taxonomyFromJson(json)).toBeNull();
  });
});

describe('parseExamplesJsonl', () => {
  it('reads one example per line and reports bad lines by number', () => {
    const content = [
      '{"text": "card declined", "themes": ["card"]}',
      '',
      '{"text": "close my account", "themes": ["account", "account"]}',
      'not json',
      '{"text": "", "themes": ["card"]}',
      '{"text": "no themes", "themes": []}',
      '["a list"]',
    ].join('\n');
    const parsed = parseExamplesJsonl(`\uFEFF${content}`);
    expect(parsed.examples).toEqual([
      { text: 'card declined', themes: ['card'] },
      { text: 'close my account', themes: ['account'] },
    ]);
    expect(parsed.problems).toEqual([
      { line: 4, reason: 'json' },
      { line: 5, reason: 'shape' },
      { line: 6, reason: 'shape' },
      { line: 7, reason: 'shape' },
    ]);
  });

  it('says what the server would refuse', () => {
    const example = (themes: string[]) => ({ text: 't', themes });
    expect(checkExampleCounts([example(['a']), example(['a']), example(['b']), example(['b'])])).toEqual([]);
    expect(checkExampleCounts([example(['a']), example(['a'])]).map((problem) => problem.key)).toEqual(['tooFewExamples', 'tooFewThemes']);
    expect(checkExampleCounts([example(['a']), example(['a']), example(['a']), example(['b'])])).toEqual([{ key: 'rareThemes', themes: ['b'] }]);
  });
});

describe('highlighting evidence', () => {
  it('finds every occurrence, case-insensitively, treating evidence as plain text', () => {
    expect(evidenceRanges('Refund? refund (a+b)', ['refund', '(a+b)', ''])).toEqual([
      [0, 6],
      [8, 14],
      [15, 20],
    ]);
  });

  it('splits the text into plain and highlighted pieces, overlaps marked by both themes', () => {
    const segments = highlightSegments('等了两个小时才退款', [
      { key: 'waiting', evidence: ['等了两个小时'] },
      { key: 'refund', evidence: ['退款', '小时才退'] },
    ]);
    expect(segments).toEqual([
      { text: '等了两个', keys: ['waiting'] },
      { text: '小时', keys: ['waiting', 'refund'] },
      { text: '才退款', keys: ['refund'] },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe('等了两个小时才退款');
  });

  it('keeps markup as text', () => {
    const segments = highlightSegments('<b>late</b> delivery', [{ key: 'delivery', evidence: ['delivery'] }]);
    expect(segments).toEqual([
      { text: '<b>late</b> ', keys: [] },
      { text: 'delivery', keys: ['delivery'] },
    ]);
  });
});
