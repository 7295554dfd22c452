import { passwordWeakness } from './password-strength';

describe('passwordWeakness', () => {
  it('refuses short, leaked, repetitive and personal passwords with a French reason', () => {
    expect(passwordWeakness('court')).toBe('doit faire au moins 12 caractères');
    expect(passwordWeakness('aaaaaaaaaaaa')).toMatch(/^mot de passe trop facile à deviner/);
    expect(passwordWeakness('azertyuiop123')).toMatch(/trop facile|divulgués/);
    expect(passwordWeakness('MotDePasse2026')).toBe('mot de passe présent dans les listes de mots de passe divulgués');
    expect(passwordWeakness('password1234')).not.toBeNull();
    expect(passwordWeakness('camille.lefevre', ['camille.lefevre@cd23.fr', 'Camille Lefèvre'])).toBe('ne doit pas reprendre votre nom ou votre adresse e-mail');
  });

  it('accepts a long passphrase', () => {
    expect(passwordWeakness('correct-horse-battery')).toBeNull();
    expect(passwordWeakness('Violette grimpe au 3e étage!')).toBeNull();
  });
});
