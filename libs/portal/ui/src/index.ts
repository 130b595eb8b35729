export {
  ConfirmDialogComponent,
  type ConfirmDialogData,
} from './lib/confirm-dialog/confirm-dialog.component';
export { confirmed } from './lib/confirm-dialog/confirmed';
export { CursorPagerComponent } from './lib/cursor-pager/cursor-pager.component';
export { CursorStack } from './lib/cursor-pager/cursor-stack';
export { ErrorBannerComponent } from './lib/error-banner/error-banner.component';
export { PageHeaderComponent } from './lib/page-header/page-header.component';
export { type ListSort, listSort } from './lib/paged-list/list-sort';
export { PagedList } from './lib/paged-list/paged-list';
export { PagedListComponent } from './lib/paged-list/paged-list.component';
export { SearchBox } from './lib/paged-list/search-box';
export { StateMessageComponent } from './lib/state-message/state-message.component';
export { type CsvColumn, csvField, type CsvValue, toCsv } from './lib/csv/to-csv';
export { downloadCsv } from './lib/csv/download-csv';
export {
  type ConnectionPage,
  EXPORT_PAGE_SIZE,
  fetchAllPages,
  type FetchedPages,
} from './lib/csv/fetch-all-pages';
