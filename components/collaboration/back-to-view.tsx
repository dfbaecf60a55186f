import Link from "next/link";
import { useTranslations } from "next-intl";

/** The way back from a detail page (matrix, map, shared ground, handout) to the collaboration view. */
export function BackToView({ href }: { href: string }) {
  const t = useTranslations("collaboration");
  return (
    <p className="no-print text-sm">
      <Link href={href} className="font-medium text-brand-700 underline underline-offset-2">
        <span aria-hidden="true">← </span>
        {t("backToView")}
      </Link>
    </p>
  );
}
