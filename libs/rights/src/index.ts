// Public API of the eligibility engine (pure TypeScript, no I/O).
export * from './household';
export * from './result';
export {
  allParameters,
  lookup,
  valueAt,
  ParameterPeriodError,
  STALE_ERROR_MONTHS,
  type DatedParameter,
  type DatedValue,
  type LegalReference,
  type ParameterUse,
} from './parameters/dated';
export { evaluateHousehold, type Evaluation } from './evaluate';
export { householdFromReference, referenceInputSchema, ValidationError, type ReferenceInput } from './adapters/reference-case';
export { toReferenceOutputs, type ReferenceOutputs } from './cli-output';
export { computeRsa, type RsaResult, type RsaInputs } from './rules/rsa';
export { computePrimeActivite, type PrimeActiviteResult, type PpaMonthInputs } from './rules/prime-activite';
export { computePrestationsFamiliales, computeAsf, computeComplementFamilial, familyBenefitsAt, type FamilyBenefits, type FamilyBenefitsResult } from './rules/prestations-familiales';
export { computeCss, type CssResult, type CssStatus, type CssInputs } from './rules/css';
export { computeAideLogement, type AideLogementResult } from './rules/aides-logement';
export { computeAah, type AahResult } from './rules/aah';
export { computeAspa, type AspaResult } from './rules/aspa';
export { computeChequeEnergie } from './rules/cheque-energie';
export { fiscalN2, type FiscalN2 } from './rules/fiscal';
export { formatStep, readableStep, describeFoyer, TEMPLATES, type StepKey, type TextStep } from './explanations-fr';
