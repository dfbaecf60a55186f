import { signOutAction } from "@/app/actions/sign-out";

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50">
        {label}
      </button>
    </form>
  );
}
