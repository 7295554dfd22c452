import { compareTakeUp, controlCountOf, wilson } from './control-group';

describe('control group comparison', () => {
  it('gives the Wilson interval of a proportion (Newcombe 1998, table I)', () => {
    const [low, high] = wilson(81, 263)!;
    expect([low.toFixed(4), high.toFixed(4)]).toEqual(['0.2553', '0.3662']);
    expect(wilson(0, 10)!.map((x) => x.toFixed(4))).toEqual(['0.0000', '0.2775']);
    expect(wilson(0, 0)).toBeNull();
  });

  it('gives Newcombe’s hybrid score interval of a difference (56/70 − 48/80 = 0.2, 0.0524 to 0.3339)', () => {
    const c = compareTakeUp(56, 70, 48, 80);
    expect(c.difference).toBe(0.2);
    expect([c.low, c.high]).toEqual([0.0524, 0.3339]);
    expect(c.significant).toBe(true);
    expect(c.contacted).toMatchObject({ households: 70, granted: 56, rate: 0.8 });
  });

  it('is not significant when the interval holds 0, and empty when a group is', () => {
    expect(compareTakeUp(3, 8, 1, 2)).toMatchObject({ difference: -0.125, significant: false });
    expect(compareTakeUp(1, 4, 0, 0)).toMatchObject({ difference: null, low: null, control: { rate: null } });
  });

  it('holds back the rounded share of the cohort', () => {
    expect(controlCountOf(11, 20)).toBe(2);
    expect(controlCountOf(13, 20)).toBe(3);
    expect(controlCountOf(10, 0)).toBe(0);
  });
});
