import { Box, Button, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Form, PasswordInput, required, TextInput, useLogin, useTranslate } from 'react-admin';
import { FormError } from '../components/FormError';
import { preloadPages } from '../components/lazy-page';
import { SecondFactorRequired } from '../providers/authProvider';

interface Credentials {
  email: string;
  password: string;
  code: string;
  recoveryCode: string;
}

/**
 * Sign-in page. The API's French error (wrong credentials, throttling after too many attempts) stays
 * visible above the form rather than in a notification that fades away.
 */
export const LoginPage = () => {
  const login = useLogin();
  const translate = useTranslate();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // After a right password, accounts with a second factor give the code of their app (or a recovery code).
  const [step, setStep] = useState<'password' | 'code' | 'recovery'>('password');
  // The form is on screen: the screens behind it are fetched while the person types.
  useEffect(preloadPages, []);

  const submit = async (values: Partial<Credentials>) => {
    setPending(true);
    setError(null);
    try {
      if (step === 'code') await login({ code: values.code?.trim() });
      else if (step === 'recovery') await login({ recoveryCode: values.recoveryCode?.trim() });
      else await login({ email: values.email?.trim(), password: values.password });
    } catch (e) {
      if (e instanceof SecondFactorRequired) setStep('code');
      else setError(e instanceof Error && e.message ? e.message : translate('recours.login.failed'));
    } finally {
      setPending(false);
    }
  };

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(135deg, #000091 0%, #3b3bd1 55%, #e1000f 140%)',
        p: 2,
      }}
    >
      <Card sx={{ width: 400, maxWidth: '100%' }} elevation={8}>
        <CardContent sx={{ p: 4 }}>
          <Stack spacing={0.5} sx={{ mb: 3 }}>
            <Typography variant="h4" component="h1" color="primary" sx={{ fontWeight: 700 }}>
              {translate('recours.app.title')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('recours.app.tagline')}
            </Typography>
            <Typography variant="h6" component="h2" sx={{ pt: 2 }}>
              {translate('recours.login.title')}
            </Typography>
          </Stack>
          <FormError message={error} testId="login-error" />
          <Form onSubmit={(values: Partial<Credentials>) => void submit(values)} noValidate>
            {step === 'password' ? (
              <>
            <TextInput
              source="email"
              type="email"
              label="recours.login.email"
              autoComplete="username"
              autoFocus
              fullWidth
              validate={required()}
            />
            <PasswordInput
              source="password"
              label="recours.login.password"
              autoComplete="current-password"
              fullWidth
              validate={required()}
            />
              </>
            ) : step === 'code' ? (
              <>
                <Typography variant="body2" sx={{ mb: 1 }}>
                  Double authentification : saisissez le code à 6 chiffres affiché par votre application d’authentification.
                </Typography>
                <TextInput source="code" label="Code de vérification" autoComplete="one-time-code" inputProps={{ inputMode: 'numeric' }} autoFocus fullWidth validate={required()} />
                <Button variant="text" size="small" onClick={() => setStep('recovery')}>
                  Utiliser un code de secours
                </Button>
              </>
            ) : (
              <>
                <Typography variant="body2" sx={{ mb: 1 }}>
                  Saisissez l’un de vos codes de secours (chacun ne sert qu’une fois).
                </Typography>
                <TextInput source="recoveryCode" label="Code de secours" autoComplete="off" autoFocus fullWidth validate={required()} />
              </>
            )}
            <Button type="submit" variant="contained" fullWidth disabled={pending} sx={{ mt: 2 }} size="large">
              {pending ? <CircularProgress size={22} color="inherit" /> : step === 'password' ? translate('recours.login.submit') : 'Valider le code'}
            </Button>
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
};
