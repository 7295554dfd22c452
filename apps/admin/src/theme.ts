import { defaultTheme, type RaThemeOptions } from 'react-admin';

// Republic blue as primary colour: the back office is used by public services and their partners.
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    primary: { main: '#000091' },
    secondary: { main: '#313178' },
    error: { main: '#ce0500' },
  },
  typography: { fontFamily: ['Marianne', 'Arial', 'sans-serif'].join(',') },
};
