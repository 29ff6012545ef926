// The part of itemsjs (which ships no types) that the peers page uses.
declare module 'itemsjs' {
  export interface ItemsjsAggregation {
    conjunction?: boolean;
    size?: number;
    chosen_filters_on_top?: boolean;
  }
  export interface ItemsjsConfiguration {
    native_search_enabled?: boolean;
    aggregations?: Record<string, ItemsjsAggregation>;
    sortings?: Record<string, { field: string; order: 'asc' | 'desc' }>;
  }
  export interface ItemsjsSearch {
    per_page?: number;
    page?: number;
    sort?: string;
    ids?: (string | number)[];
    filters?: Record<string, string[] | undefined>;
  }
  export interface ItemsjsEngine {
    search(options: ItemsjsSearch): unknown;
  }
  export default function itemsjs<T extends object>(
    items: T[],
    configuration?: ItemsjsConfiguration,
  ): ItemsjsEngine;
}
