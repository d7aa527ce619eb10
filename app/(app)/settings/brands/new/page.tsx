import { BrandForm } from "@/components/brands/brand-form";

export default function NewBrandPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Write a brand brief</h1>
      <p className="max-w-2xl text-sm text-slate-600">
        The brief drives every post: pillars, angles, hooks and calls to action are chosen from it, in the brand&apos;s
        language and timezone.
      </p>
      <BrandForm brand={null} canDelete={false} />
    </div>
  );
}
