import { SignUpForm } from "@/components/shell/sign-up-form";

export default function SignUpPage() {
  return <SignUpForm />;
}
