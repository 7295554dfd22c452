import { formatIsoDate } from '../../format';
import { refusalPeriod } from './refusal-period';

describe('refusalPeriod', () => {
  it('prefers the date the API computed for this right', () => {
    expect(refusalPeriod('2027-03-01', 12)).toBe(` jusqu’au ${formatIsoDate('2027-03-01')}`);
  });

  it('otherwise states the configured period, whatever it is', () => {
    expect(refusalPeriod(null, 18)).toBe(' pendant 18 mois');
    expect(refusalPeriod(undefined, 6)).toBe(' pendant 6 mois');
  });

  it('says nothing rather than guess while the settings are loading', () => {
    expect(refusalPeriod(null, undefined)).toBe('');
  });
});
