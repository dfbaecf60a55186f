import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export async function Landing() {
  const t = await getTranslations("home");
  const tc = await getTranslations("common");
  const steps = [
    { title: t("step1Title"), text: t("step1Text") },
    { title: t("step2Title"), text: t("step2Text") },
    { title: t("step3Title"), text: t("step3Text") },
  ];
  return (
    <div className="space-y-14">
      <section className="grid gap-8 pt-4 md:grid-cols-[3fr_2fr] md:items-center">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-accent-700">{tc("tagline")}</p>
          <h1 className="mt-3 font-serif text-4xl font-semibold text-brand-900 sm:text-5xl">{t("heroTitle")}</h1>
          <p className="mt-5 max-w-2xl text-lg text-muted">{t("heroText")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/sign-up">{tc("signUp")}</ButtonLink>
            <ButtonLink href="/sign-in" variant="secondary">
              {tc("signIn")}
            </ButtonLink>
          </div>
        </div>
        <div aria-hidden="true" className="hidden md:block">
          <HeroGraphic />
        </div>
      </section>
      <section aria-labelledby="steps-title">
        <h2 id="steps-title" className="font-serif text-2xl font-semibold">
          {t("stepsTitle")}
        </h2>
        <ol className="mt-5 grid gap-4 md:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step.title} className="rounded-lg border border-line bg-surface p-5 shadow-sm">
              <span className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-100 font-semibold text-brand-700">{index + 1}</span>
              <h3 className="mt-3 text-lg font-semibold">{step.title}</h3>
              <p className="mt-1 text-muted">{step.text}</p>
            </li>
          ))}
        </ol>
      </section>
      <section className="rounded-lg bg-brand-900 p-6 text-brand-50 sm:p-8" aria-labelledby="privacy-title">
        <h2 id="privacy-title" className="font-serif text-2xl font-semibold text-white">
          {t("privacyTitle")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("privacyText")}</p>
      </section>
    </div>
  );
}

function HeroGraphic() {
  const members = [0, 1, 2, 3, 4, 5, 6];
  return (
    <svg viewBox="0 0 300 300" className="w-full">
      <circle cx="150" cy="150" r="120" fill="none" stroke="#a9d8d4" strokeDasharray="4 6" />
      <circle cx="150" cy="150" r="70" fill="none" stroke="#d5ecea" />
      {members.map((index) => {
        const angle = (index / members.length) * Math.PI * 2 - Math.PI / 2;
        const radius = index % 2 === 0 ? 120 : 78;
        const x = 150 + Math.cos(angle) * radius;
        const y = 150 + Math.sin(angle) * radius;
        return (
          <g key={index}>
            <line x1="150" y1="150" x2={x} y2={y} stroke="#a9d8d4" />
            <circle cx={x} cy={y} r="13" fill={index % 3 === 0 ? "#d48a1a" : "#1f7f7a"} />
          </g>
        );
      })}
      <circle cx="150" cy="150" r="32" fill="#124f4b" />
    </svg>
  );
}
