import { type DateFormat, type DealWarning } from '@salesops/domain';

/** Which CSV column holds which deal field. Only externalId and stage are required. */
export interface DealColumns {
  externalId: string;
  stage: string;
  rep?: string;
  account?: string;
  product?: string;
  amount?: string;
  engageDate?: string;
  expectedCloseDate?: string;
  closeDate?: string;
}

export interface DealImportMapping {
  columns: DealColumns;
  /** How the rep column names a rep. */
  repBy: 'NAME' | 'EMAIL';
  /** CSV stage value -> platform stage name, for CRMs that call stages differently. Case-insensitive. */
  stageNames: Record<string, string>;
  /** CSV rep value -> the rep's name (or email, with repBy EMAIL), for a file naming reps by a CRM id. */
  repNames?: Record<string, string>;
  /** CSV account / product value -> the name of one stored, for a file that spells them otherwise. */
  accountNames?: Record<string, string>;
  productNames?: Record<string, string>;
  /** Accounts and products the file names and the database does not know are created, not refused. */
  createMissing?: readonly ('ACCOUNT' | 'PRODUCT')[];
  /** Warnings that refuse a row; a row with any other warning is stored and flagged. */
  refuseWarnings?: readonly DealWarning[];
  dateFormat: DateFormat;
  /** Currency of the amounts in the file. */
  currency: string;
}

/** The CRM export format of the demo data set (sales_pipeline.csv), the default. */
export const CRM_EXPORT_MAPPING: DealImportMapping = {
  columns: {
    externalId: 'opportunity_id',
    rep: 'sales_agent',
    product: 'product',
    account: 'account',
    stage: 'deal_stage',
    engageDate: 'engage_date',
    closeDate: 'close_date',
    amount: 'close_value',
  },
  repBy: 'NAME',
  stageNames: {},
  dateFormat: 'YYYY-MM-DD',
  currency: 'USD',
};
