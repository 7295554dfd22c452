import { Alert, Box, Button, Card, CardContent, CircularProgress, Link, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { components } from '../../api/schema';
import { FormError } from '../../components/FormError';
import { MIN_PASSWORD_LENGTH } from '../../labels';
import { API_URL, httpClient } from '../../providers/http';

type LinkInfo = components['schemas']['PasswordLinkInfoDto'];

/** Route of the link e-mailed to a new account or after a reset (the token stays in the URL's fragment). */
export const CHOOSE_PASSWORD_PATH = '/mot-de-passe';

const fieldError = (e: unknown, field: string): string | undefined =>
  ((e as { body?: { errors?: Record<string, unknown> } })?.body?.errors?.[field] as string | undefined) ?? undefined;

/**
 * The person chooses their own password (no session): the administrator never knows it. The
 * server applies the strength rules (length, leaked passwords, a French-aware estimator, never the
 * person's name or address) and answers in French under the field.
 */
export const ChoosePasswordPage = () => {
  const [params] = useSearchParams();
  const token = params.get('jeton') ?? '';
  const [info, setInfo] = useState<LinkInfo | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string; form?: string }>({});
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  useEffect(() => {
    httpClient(`${API_URL}/auth/password-link/inspect`, { method: 'POST', body: JSON.stringify({ token }) })
      .then(({ json }) => setInfo(json as LinkInfo))
      .catch((e: unknown) => setLinkError(e instanceof Error ? e.message : 'Ce lien n’est plus valable.'));
  }, [token]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD_LENGTH) return setErrors({ password: `Au moins ${MIN_PASSWORD_LENGTH} caractères.` });
    if (confirm !== password) return setErrors({ confirm: 'Les deux mots de passe ne sont pas identiques.' });
    setPending(true);
    setErrors({});
    try {
      await httpClient(`${API_URL}/auth/password-link/choose`, { method: 'POST', body: JSON.stringify({ token, password }) });
      setDone(true);
    } catch (e) {
      const onField = fieldError(e, 'password');
      setErrors(onField ? { password: onField } : { form: e instanceof Error ? e.message : 'Le mot de passe n’a pas pu être enregistré.' });
    } finally {
      setPending(false);
    }
  };

  return (
    <Box
      component="main"
      sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'linear-gradient(135deg, #000091 0%, #3b3bd1 55%, #e1000f 140%)', p: 2 }}
    >
      <Card sx={{ width: 460, maxWidth: '100%' }} elevation={8}>
        <CardContent sx={{ p: 4 }}>
          <Typography variant="h5" component="h1" color="primary" sx={{ fontWeight: 700, mb: 2 }}>
            Choisir votre mot de passe
          </Typography>
          {linkError ? (
            <Alert severity="error" role="alert">
              {linkError}
            </Alert>
          ) : done ? (
            <Stack spacing={2}>
              <Alert severity="success" role="status">
                Votre mot de passe est enregistré. Vos éventuelles sessions ouvertes ont été fermées.
              </Alert>
              <Button variant="contained" href="#/login">
                Se connecter
              </Button>
            </Stack>
          ) : !info ? (
            <CircularProgress aria-label="Vérification du lien" />
          ) : (
            <form onSubmit={(e) => void submit(e)} noValidate>
              <Typography sx={{ mb: 2 }}>
                Compte : <strong>{info.email}</strong>
                <br />
                Personne d’autre que vous ne connaîtra ce mot de passe. Choisissez une phrase de passe d’au moins {MIN_PASSWORD_LENGTH} caractères,
                difficile à deviner, sans votre nom ni votre adresse.
              </Typography>
              <FormError message={errors.form} />
              {/* The account's address, for password managers. */}
              <input type="email" name="username" autoComplete="username" value={info.email} readOnly hidden />
              <TextField
                name="password"
                type="password"
                label="Nouveau mot de passe"
                autoComplete="new-password"
                fullWidth
                margin="normal"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                error={!!errors.password}
                helperText={errors.password}
                autoFocus
              />
              <TextField
                name="confirm"
                type="password"
                label="Confirmer le mot de passe"
                autoComplete="new-password"
                fullWidth
                margin="normal"
                value={confirm}
                onChange={(e) => setConfirm(e.target.value)}
                error={!!errors.confirm}
                helperText={errors.confirm}
              />
              <Button type="submit" variant="contained" fullWidth size="large" disabled={pending} sx={{ mt: 2 }}>
                {pending ? <CircularProgress size={22} color="inherit" /> : 'Enregistrer mon mot de passe'}
              </Button>
            </form>
          )}
          <Typography variant="body2" sx={{ mt: 3 }}>
            <Link href="#/login">Retour à la connexion</Link>
          </Typography>
        </CardContent>
      </Card>
    </Box>
  );
};
