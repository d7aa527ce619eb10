import { SignUpForm } from "@/components/shell/sign-up-form";
import { withClientMessages } from "@/components/i18n/client-messages";

function SignUpPage() {
  return <SignUpForm />;
}

export default withClientMessages("app/(auth)/signup/page.tsx", SignUpPage);
