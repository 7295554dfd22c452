import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import type { components } from '../../api/schema';
import { FormError } from '../../components/FormError';
import { refreshMe } from '../../providers/authProvider';
import { API_URL, httpClient } from '../../providers/http';

type Enrolment = components['schemas']['TotpEnrolmentDto'];
type Status = components['schemas']['TotpStatusDto'];

/**
 * Second factor (TOTP): the key to add to an authenticator app (as an otpauth:// link and as text),
 * confirmed by a code; then the ten recovery codes, shown once. Admins land here at sign-in until it
 * is done; anyone else may turn it on here.
 */
export const TwoFactorPage = () => {
  const [status, setStatus] = useState<Status | null>(null);
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    httpClient(`${API_URL}/auth/totp`)
      .then(({ json }) => setStatus(json as Status))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : 'Connectez-vous d’abord.'));
  }, []);

  const start = async () => {
    setError(null);
    try {
      const { json } = await httpClient(`${API_URL}/auth/totp/enrolment`, { method: 'POST' });
      setEnrolment(json as Enrolment);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'La clé n’a pas pu être créée.');
    }
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const { json } = await httpClient(`${API_URL}/auth/totp/enrolment/confirm`, { method: 'POST', body: JSON.stringify({ code: code.trim() }) });
      setCodes((json as { recoveryCodes: string[] }).recoveryCodes);
      refreshMe();
    } catch (e) {
      const field = (e as { body?: { errors?: Record<string, string> } })?.body?.errors?.code;
      setError(field ?? (e instanceof Error ? e.message : 'Le code n’a pas pu être vérifié.'));
    } finally {
      setPending(false);
    }
  };

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'linear-gradient(135deg, #000091 0%, #3b3bd1 55%, #e1000f 140%)', p: 2 }}>
      <Card sx={{ width: 560, maxWidth: '100%' }} elevation={8}>
        <CardContent sx={{ p: 4 }}>
          <Typography variant="h5" component="h1" color="primary" sx={{ fontWeight: 700, mb: 2 }}>
            Double authentification
          </Typography>
          <FormError message={error} testId="totp-error" />
          {codes ? (
            <Stack spacing={2}>
              <Alert severity="success">La double authentification est activée.</Alert>
              <Typography>
                Voici vos dix codes de secours. Chacun permet une seule connexion si vous n’avez plus votre téléphone. Notez-les et
                gardez-les en lieu sûr : ils ne seront plus affichés.
              </Typography>
              <Box component="ul" data-testid="recovery-codes" sx={{ fontFamily: 'monospace', fontSize: 18, columns: 2 }}>
                {codes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </Box>
              <Button variant="contained" href="#/" onClick={() => window.setTimeout(() => window.location.reload(), 0)}>
                J’ai noté mes codes, continuer
              </Button>
            </Stack>
          ) : status?.enabled ? (
            <Alert severity="info">La double authentification est déjà activée sur votre compte ({status.recoveryCodesLeft} codes de secours restants).</Alert>
          ) : status && !enrolment ? (
            <Stack spacing={2}>
              {status.required ? (
                <Alert severity="warning">La double authentification est obligatoire pour les administrateurs : activez-la pour continuer.</Alert>
              ) : null}
              <Typography>
                À chaque connexion, après votre mot de passe, Recours vous demandera un code à 6 chiffres affiché par une application
                d’authentification (FreeOTP, Aegis, Google Authenticator…) installée sur votre téléphone.
              </Typography>
              <Button variant="contained" onClick={() => void start()}>
                Afficher ma clé
              </Button>
            </Stack>
          ) : enrolment ? (
            <Stack spacing={2} component="form" onSubmit={(e: FormEvent) => void confirm(e)}>
              <Typography>
                1. Dans votre application d’authentification, ajoutez un compte en saisissant cette clé (ou ouvrez le lien depuis le
                téléphone) :
              </Typography>
              <Typography data-testid="totp-secret" sx={{ fontFamily: 'monospace', fontSize: 18, wordBreak: 'break-all' }}>
                {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
              </Typography>
              <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
                <a href={enrolment.uri}>{enrolment.uri}</a>
              </Typography>
              <Typography>2. Saisissez le code à 6 chiffres que l’application affiche :</Typography>
              <TextField label="Code de vérification" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="one-time-code" inputProps={{ inputMode: 'numeric' }} required />
              <Button type="submit" variant="contained" disabled={pending}>
                {pending ? <CircularProgress size={22} color="inherit" /> : 'Activer la double authentification'}
              </Button>
            </Stack>
          ) : null}
        </CardContent>
      </Card>
    </Box>
  );
};
