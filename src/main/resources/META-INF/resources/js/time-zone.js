// The reader's time zone: the browser's, remembered in a cookie the server reads, so every page shows times in it.
// A zone the reader chose on /time-zone is left alone. On the page that first learns the zone (the server could not
// know it yet) the moments already shown are written again in that zone, the way the server writes them.

const COOKIE = 'signpost-tz';
const PINNED = 'signpost-tz-pinned';
const KEEP_SECONDS = 400 * 24 * 3600;
const ZONE_NAME = /^[A-Za-z0-9_+\-/]{1,64}$/;

function cookie(name) {
  const prefix = name + '=';
  const found = document.cookie.split('; ').find(c => c.startsWith(prefix));
  return found === undefined ? null : found.substring(prefix.length).replace(/"/g, '');
}

function parts(date, zone) {
  // en-US for the day and month names ("Sep", as the server writes them), en-GB for the zone ("CET", not "GMT+1")
  const day = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' });
  const p = Object.fromEntries(day.formatToParts(date).map(x => [x.type, x.value]));
  p.zone = name.formatToParts(date).find(x => x.type === 'timeZoneName')?.value || zone;
  return p;
}

function moment(date, zone, meetingZone) {
  const here = parts(date, zone);
  let text = `${here.weekday} ${here.day} ${here.month} ${here.year}, ${here.hour}:${here.minute} ${here.zone}`;
  if (meetingZone) {
    const there = parts(date, meetingZone);
    const sameClock = there.hour === here.hour && there.minute === here.minute && there.day === here.day;
    if (!sameClock) {
      const sameDay = there.day === here.day && there.month === here.month;
      text += ` (${sameDay ? '' : `${there.weekday} ${there.day} ${there.month}, `}${there.hour}:${there.minute} ${there.zone})`;
    }
  }
  return text;
}

function showIn(zone) {
  document.querySelectorAll('time[data-moment][datetime]').forEach(time => {
    const date = new Date(time.getAttribute('datetime'));
    if (Number.isNaN(date.getTime())) return;
    try {
      time.textContent = moment(date, zone, time.dataset.meetingZone);
    } catch (e) {
      // a zone this browser cannot format: the server's text stays
    }
  });
  document.querySelectorAll('.reader-zone [data-zone]').forEach(link => {
    link.dataset.zone = zone;
    link.textContent = zone;
  });
}

export function readerZone() {
  if (cookie(PINNED)) return;
  let zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!zone || !ZONE_NAME.test(zone)) return;
  if (/^(Etc\/)?(UTC|GMT|UCT|Zulu|Universal)$/.test(zone)) zone = 'UTC';   // as the server names it
  if (cookie(COOKIE) !== zone) {
    const secure = location.protocol === 'https:' ? '; secure' : '';
    document.cookie = `${COOKIE}=${zone}; path=/; max-age=${KEEP_SECONDS}; samesite=lax${secure}`;
  }
  const shown = document.querySelector('.reader-zone [data-zone]');
  if (shown && shown.dataset.zone !== zone) showIn(zone);
}
