import { campaignSourceFor, cleanMapping, detectionPercent, importedRows, isRunning } from './types';

describe('partner imports', () => {
  it('counts imported rows without the rows in error or waiting for a review', () => {
    expect(importedRows({ rowsRead: 1000, rowsFailed: 10, rowsReview: 0 })).toBe(990);
    expect(importedRows({ rowsRead: 1000, rowsFailed: 10, rowsReview: 5 })).toBe(985);
    expect(importedRows({ rowsRead: 0, rowsFailed: 0, rowsReview: 0 })).toBe(0);
  });

  it('gives the detection progress, whole at the end', () => {
    expect(detectionPercent({ status: 'detection', householdsDetected: 0, householdsToDetect: 0 })).toBe(0);
    expect(detectionPercent({ status: 'detection', householdsDetected: 495, householdsToDetect: 990 })).toBe(50);
    expect(detectionPercent({ status: 'detection', householdsDetected: 989, householdsToDetect: 990 })).toBe(99);
    expect(detectionPercent({ status: 'termine', householdsDetected: 0, householdsToDetect: 0 })).toBe(100);
  });

  it('polls only while the worker runs', () => {
    expect(['televerse', 'en_attente', 'en_cours', 'detection', 'termine', 'echec'].filter((status) => isRunning({ status: status as never }))).toEqual([
      'en_attente',
      'en_cours',
      'detection',
    ]);
  });

  it('keeps only mapped fields whose column the file has', () => {
    expect(cleanMapping({ nom: 'NOM', prenom: '', loyer: 'Loyer HC', email: undefined }, ['NOM', 'Prénom'])).toEqual({ nom: 'NOM' });
  });

  it('opens the campaign on the import’s households with a probable right', () => {
    expect(campaignSourceFor({ id: 'i-1', fileName: 'bailleur.csv' })).toEqual({
      name: 'Import bailleur.csv',
      filters: { importId: 'i-1', confidences: ['haute', 'moyenne'] },
    });
  });
});
