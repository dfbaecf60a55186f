import { getLocale, getTranslations } from "next-intl/server";
import { chooseLanguage } from "@/app/actions/locale";
import { LOCALES } from "@/lib/i18n/config";

/** Plain buttons in a form: works without JavaScript, and each says which language it picks. */
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <form action={chooseLanguage} className="flex items-center gap-1" aria-label={t("language")}>
      {LOCALES.map((option) => (
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
          <span className="sr-only normal-case"> ({t("switchLanguage", { language: t(`languageName.${option}`) })})</span>
        </button>
      ))}
    </form>
  );
}
