export function SignOutButton({ label, action }: { label: string; action: () => Promise<void> }) {
  return (
    <form action={action}>
      <button type="submit" className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50">
        {label}
      </button>
    </form>
  );
}
