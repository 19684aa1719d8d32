import type { TFunction } from 'i18next';

/** How a customer is called on screen: their name, or a short id people can read out. */
export function customerName(t: TFunction, customer: { id: string; display_name: string | null; erased_at: string | null }): string {
  if (customer.erased_at) return t('customers.erasedName', { id: shortId(customer.id) });
  return customer.display_name ?? t('customers.unnamed', { id: shortId(customer.id) });
}

export function shortId(id: string): string {
  return id.slice(0, 8);
}
