import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/config";

/**
 * Plain buttons in a form: works without JavaScript, and keeps the user on the page they are on.
 * Each button says which language it picks in that language itself (and is marked so with
 * `lang`), so that someone who does not read the current language still finds their own.
 */
export async function LanguageSwitch({ action }: { action: (formData: FormData) => Promise<void> }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const options = await Promise.all(
    LOCALES.map(async (option) => {
      const own = await getTranslations({ locale: option, namespace: "common" });
      return { option, label: own("switchLanguage", { language: own(`languageName.${option}`) }) };
    }),
  );
  return (
    <form action={action} className="flex items-center gap-1" aria-label={t("language")}>
      {options.map(({ option, label }) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          className={`rounded px-2 py-1 text-sm font-semibold uppercase ${
            option === locale ? "bg-brand-600 text-white" : "text-brand-700 hover:bg-brand-50"
          }`}
        >
          {option}
          {/* The name starts with the visible code (WCAG 2.5.3, label in name), then says what it does. */}
          <span className="sr-only normal-case"> ({label})</span>
        </button>
      ))}
    </form>
  );
}
