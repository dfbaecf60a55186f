"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** `exact`: current only on its own address (and on those in `also`), not on the pages below it. */
type Tab = { href: string; label: string; exact?: boolean; also?: string[] };

/** The sections of a partnership; the current one is marked for screen readers too. */
export function PartnershipTabs({ tabs, label }: { tabs: Tab[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="no-print relative -mx-1 flex gap-1 overflow-x-auto pb-1">
      {tabs.map((tab) => {
        const current = tab.exact
          ? pathname === tab.href || Boolean(tab.also?.includes(pathname))
          : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={current ? "page" : undefined}
            className={`whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium ${
              current ? "bg-brand-600 text-white" : "text-brand-700 hover:bg-brand-50"
            }`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
