"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type Props = { signInLabel: string; signUpLabel: string };

const signInClass = "rounded-md px-3 py-1.5 text-sm font-medium text-ink hover:bg-brand-50";
const signUpClass = "rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700";

/** Pages that offer signing in and up themselves, each way once: the header adds no second link. */
function offersAuthLinks(pathname: string) {
  return pathname === "/" || pathname === "/sign-in" || pathname === "/sign-up" || pathname.startsWith("/invite/");
}

/** The header's sign-in and sign-up links; they bring the visitor back to the page they are on. */
export function AuthLinks({ signInLabel, signUpLabel }: Props) {
  const pathname = usePathname();
  if (offersAuthLinks(pathname)) return null;
  const query = `?callbackUrl=${encodeURIComponent(pathname)}`;
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
