import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';
import { API_URL, httpClient } from './http';

export const dataProvider: DataProvider = simpleRestProvider(API_URL, httpClient);
