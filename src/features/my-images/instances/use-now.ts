import { useEffect, useState } from 'react'

/** Unix seconds now, again every `everyMs`: for what counts up while it is shown. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000))
  useEffect(() => {
    const timer = setInterval(() => setNow(Math.floor(Date.now() / 1000)), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}
