import type { AppLocale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";

declare module "next-intl" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmentation merges into an interface
  interface AppConfig {
    Locale: AppLocale;
    Messages: Messages;
  }
}
