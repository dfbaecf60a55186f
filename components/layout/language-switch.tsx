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
          aria-label={t("switchLanguage", { language: t(`languageName.${option}`) })}
          className={`rounded px-2 py-1 text-sm font-semibold uppercase ${
            option === locale ? "bg-brand-600 text-white" : "text-brand-700 hover:bg-brand-50"
          }`}
        >
          {option}
        </button>
      ))}
    </form>
  );
}
