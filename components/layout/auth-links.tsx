"use client";

import { Suspense } from "react";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

type Props = { signInLabel: string; signUpLabel: string };

const signInClass = "rounded-md px-3 py-1.5 text-sm font-medium text-ink hover:bg-brand-50";
const signUpClass = "rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700";

/**
 * The header's sign-in and sign-up links. They bring the visitor back to the page they are on
 * (an invite link, a partnership page), or pass on where the sign-in page was to send them.
 */
export function AuthLinks(props: Props) {
  return (
    <Suspense fallback={<Links {...props} query="" />}>
      <LinksBackHere {...props} />
    </Suspense>
  );
}

function LinksBackHere(props: Props) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const onAuthPage = pathname === "/sign-in" || pathname === "/sign-up";
  const back = onAuthPage ? searchParams.get("callbackUrl") : pathname === "/" ? null : pathname;
  return <Links {...props} query={back ? `?callbackUrl=${encodeURIComponent(back)}` : ""} />;
}

function Links({ signInLabel, signUpLabel, query }: Props & { query: string }) {
  return (
    <>
      <Link href={`/sign-in${query}`} className={signInClass}>
        {signInLabel}
      </Link>
      <Link href={`/sign-up${query}`} className={signUpClass}>
        {signUpLabel}
      </Link>
    </>
  );
}
