"use client";

import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      onClick={async () => {
        // No redirect by next-auth: it would build the URL from NEXTAUTH_URL, which may be unset.
        await signOut({ redirect: false });
        router.replace("/");
        router.refresh();
      }}
      className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
