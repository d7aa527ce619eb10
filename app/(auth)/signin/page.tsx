import { pageTitle } from "@/components/i18n/page-title";
import { Suspense } from "react";
import { SignInForm } from "@/components/shell/sign-in-form";
import { withClientMessages } from "@/components/i18n/client-messages";

export const generateMetadata = pageTitle("signin");

function SignInPage() {
  return (
    <Suspense>
      <SignInForm />
    </Suspense>
  );
}

export default withClientMessages("app/(auth)/signin/page.tsx", SignInPage);
