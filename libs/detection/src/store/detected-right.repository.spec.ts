import { formatStep } from '@recours/rights';
import { detect } from '../detect';
import { person, snapshot } from '../testing/snapshots';
import { explanationSteps, parameterDatesRecord } from './detected-right.repository';

describe('detected_right columns', () => {
  const outcome = detect(snapshot({ housingAidZone: null, members: [person({ birthDate: '1985-03-10' })] }), '2026-11');
  const al = outcome.proposals.find((p) => p.benefit === 'aide_logement')!;

  it('explanation: the summary first, then the engine steps, then warnings and assumptions marked as such', () => {
    const steps = explanationSteps(al);
    expect(steps[0]).toEqual({ text: al.explanation.summary });
    expect(steps.slice(1, 1 + al.explanation.steps.length)).toEqual(al.explanation.steps);
    expect(steps).toContainEqual({ text: 'Hypothèse : Zone d’aide au logement non renseignée : zone 2 retenue.' });
    expect(steps.filter((s) => formatStep(s).startsWith('Attention : '))).toHaveLength(al.explanation.warnings.length);
  });

  it('parameter dates: name → effective date, a list when the look-back months used several', () => {
    const record = parameterDatesRecord({
      ...al,
      parameterDates: [
        { name: 'a', from: '2025-04-01', stale: false },
        { name: 'a', from: '2026-04-01', stale: false },
        { name: 'b', from: '2024-01-01', stale: true },
      ],
    });
    expect(record).toEqual({ a: ['2025-04-01', '2026-04-01'], b: '2024-01-01' });
    expect(Object.values(parameterDatesRecord(al)).flat().every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
  });
});
