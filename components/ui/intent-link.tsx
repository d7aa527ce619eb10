"use client";

import { useRouter } from "next/navigation";
import type { AnchorHTMLAttributes, MouseEvent } from "react";

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** A click the browser should handle itself: a new tab or window, a download, another frame. */
function leavesPage(e: MouseEvent<HTMLAnchorElement>, target?: string) {
  return e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || (!!target && target !== "_self");
}

/**
 * A link that navigates inside the app and prefetches only once someone shows intent (pointer over it,
 * focus, touch). Every page here is rendered per request (the CSP nonce makes it dynamic), so Next's default
 * viewport prefetch made the server render each linked page, twice, on every page view, racing the next
 * navigation for the CPU. The router does the work `next/link` would; `next/link` itself cost every page
 * about 3 kB of script for options this app does not use.
 */
export function IntentLink({ href, target, onClick, onMouseEnter, onFocus, onTouchStart, ...props }: Props) {
  const router = useRouter();
  const inApp = href.startsWith("/") && !href.startsWith("//");
  const prefetch = () => {
    if (inApp) router.prefetch(href);
  };
  return (
    <a
      {...props}
      href={href}
      target={target}
      onClick={(e) => {
        onClick?.(e);
        if (e.defaultPrevented || !inApp || props.download !== undefined || leavesPage(e, target)) return;
        e.preventDefault();
        router.push(href);
      }}
      onMouseEnter={(e) => {
        prefetch();
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        prefetch();
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        prefetch();
        onTouchStart?.(e);
      }}
    />
  );
}
