import { pageTitle } from "@/components/i18n/page-title";
import { SignUpForm } from "@/components/shell/sign-up-form";
import { withClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageTitle("signup");

function SignUpPage() {
  return <SignUpForm />;
}

export default withClientMessages("app/(auth)/signup/page.tsx", SignUpPage);
