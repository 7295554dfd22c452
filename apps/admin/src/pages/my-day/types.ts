import type { DetectableBenefit, DetectedRightStatus, TaskPriority, TaskStatus, Confidence, AmountPeriod } from '@recours/domain';

export interface MyDayTask {
  id: string;
  title: string;
  householdId: string;
  householdReference?: string;
  applicantName?: string | null;
  household?: { reference?: string; applicantName?: string | null } | null;
  dueOn: string;
  priority: TaskPriority;
  status: TaskStatus;
  detectedRightId?: string | null;
}

export interface MyDayRight {
  id: string;
  benefit: DetectableBenefit;
  status: DetectedRightStatus;
  estimatedAmountCents: number;
  amountPeriod: AmountPeriod;
  confidence: Confidence;
}

export interface MyDayHousehold {
  householdId: string;
  reference: string;
  applicantName: string | null;
  communeName: string | null;
  expectedAnnualGainCents: number;
  openRights: MyDayRight[];
}

/** GET /api/my-day */
export interface MyDay {
  tasks: MyDayTask[];
  households: MyDayHousehold[];
}
