import { contactPayload, informableRights } from './types';

const rights = [
  { id: 'r-confirme', status: 'confirme' as const },
  { id: 'r-confirme-2', status: 'confirme' as const },
  { id: 'r-detecte', status: 'detecte' as const },
  { id: 'r-informe', status: 'informe' as const },
];

describe('contact dialog: moving the rights discussed to "Personne informée"', () => {
  it('offers only the discussed rights whose state allows it, and only when the person was reached', () => {
    const all = rights.map((r) => r.id);
    expect(informableRights(rights, 'joint', all).map((r) => r.id)).toEqual(['r-confirme', 'r-confirme-2']);
    expect(informableRights(rights, 'rdv_pris', ['r-confirme-2', 'r-detecte']).map((r) => r.id)).toEqual(['r-confirme-2']);
    expect(informableRights(rights, 'non_joint', all)).toEqual([]);
    expect(informableRights(rights, 'refus', all)).toEqual([]);
    expect(informableRights(rights, undefined, all)).toEqual([]);
  });

  it('sends the ticked choice explicitly: the rights to move, none when unticked, nothing when not reached', () => {
    const values = { channel: 'telephone' as const, outcome: 'joint' as const, rightIds: ['r-confirme', 'r-detecte'] };
    expect(contactPayload('h', { ...values, informRights: true }, rights).informRightIds).toEqual(['r-confirme']);
    expect(contactPayload('h', values, rights).informRightIds).toEqual(['r-confirme']);
    expect(contactPayload('h', { ...values, informRights: false }, rights).informRightIds).toEqual([]);
    expect(contactPayload('h', { ...values, outcome: 'non_joint', informRights: true }, rights).informRightIds).toBeUndefined();
  });
});
