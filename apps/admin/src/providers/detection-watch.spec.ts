import { detectionPending, noteHouseholdChanged, recentlyChanged } from './detection-watch';

describe('detection watch', () => {
  it('polls for 20 s after a change made in this browser', () => {
    noteHouseholdChanged('h1', 1_000);
    expect(recentlyChanged('h1', 1_000 + 19_999)).toBe(true);
    expect(recentlyChanged('h1', 1_000 + 20_000)).toBe(false);
    expect(recentlyChanged('h2', 1_000)).toBe(false);
    expect(recentlyChanged(undefined, 1_000)).toBe(false);
  });

  it('sees a detection as pending while the request is later than the last run', () => {
    expect(detectionPending({ detectionRequestedAt: '2026-01-01T10:00:01Z', detectedAt: '2026-01-01T10:00:00Z' })).toBe(true);
    expect(detectionPending({ detectionRequestedAt: '2026-01-01T10:00:00Z', detectedAt: '2026-01-01T10:00:02Z' })).toBe(false);
    expect(detectionPending({ detectionRequestedAt: '2026-01-01T10:00:00Z', detectedAt: null })).toBe(true);
    expect(detectionPending({ detectionRequestedAt: null, detectedAt: null })).toBe(false);
    expect(detectionPending(undefined)).toBe(false);
  });
});
