// A handful of line icons drawn inline, so the bundle needs no icon font or network request.
const PATHS = {
  inbox: 'M4 13h4l2 3h4l2-3h4M5 5h14l1 8v6H4v-6z',
  journey: 'M5 19a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM19 9a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM7 17h6a3 3 0 0 0 0-6h-2a3 3 0 0 1 0-6h6',
  channels: 'M4 6h16M4 12h16M4 18h10',
  key: 'M14 10a4 4 0 1 0-4 4l1-1h2v-2h2v-2h2l1-1-1-2h-2zM8 14l-4 4v2h2l4-4',
  users: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21v-1a6 6 0 0 1 12 0v1M16 3.5a4 4 0 0 1 0 7.5M22 21v-1a6 6 0 0 0-4-5.6',
  logout: 'M15 4h4v16h-4M10 8l-4 4 4 4M6 12h10',
  chevronDown: 'M6 9l6 6 6-6',
  close: 'M6 6l12 12M18 6L6 18',
  menu: 'M4 7h16M4 12h16M4 17h16',
  up: 'M12 19V5M6 11l6-6 6 6',
  down: 'M12 5v14M6 13l6 6 6-6',
  copy: 'M9 9h10v10H9zM5 15V5h10',
  arrowRight: 'M5 12h14M13 6l6 6-6 6',
  customer: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21v-1a8 8 0 0 1 16 0v1',
  upload: 'M12 16V4M7 9l5-5 5 5M4 16v4h16v-4',
  webhook: 'M9 7a3 3 0 1 1 4 2.8L16 15M7 17a3 3 0 1 1 2-5l3-5M17 17a3 3 0 1 1-3-3H8',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
