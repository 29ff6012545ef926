// On paper, every page says where it comes from and when: its address and the day it was printed
// (a printed fiche or list is read days later, away from the screen).
import { useLocation } from '@tanstack/react-router';
import { useEffect, useState } from 'react';

const DAY = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });

export function PrintStamp() {
  const href = useLocation({ select: (l) => l.href });
  // Read in the browser only: pages drawn at build time have no address or day of their own.
  const [stamp, setStamp] = useState<{ url: string; day: string } | null>(null);
  useEffect(() => {
    const update = () => setStamp({ url: window.location.href, day: DAY.format(new Date()) });
    update();
    // The day of printing, not of opening the page.
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, [href]);
  if (!stamp) return null;
  return (
    <p className="mb-2 hidden print:block">
      Imprimé le {stamp.day} depuis <span className="break-all">{stamp.url}</span>
    </p>
  );
}
