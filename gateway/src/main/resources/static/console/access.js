// Which role may read what, as the API's permission matrix (README) says: the console shows a
// page or a panel only to roles the API would answer, so nobody meets a wall of 403s.
const SA = 'SUPER_ADMIN', OPS = 'OPERATIONS_MANAGER', FIN = 'FINANCE_MANAGER', MX = 'MAINTENANCE_MANAGER',
  CS = 'CLIENT_SERVICES', CLIENT = 'CLIENT', OWNER = 'AIRCRAFT_OWNER', AGENT = 'BOOKING_AGENT';
const STAFF = [SA, OPS, FIN, MX, CS];

export const may = {
  board: [SA, OPS, CS],                 // GET /flights/live
  flights: [SA, OPS, FIN, CS, CLIENT, OWNER, AGENT],
  fleet: [...STAFF, OWNER],             // GET /aircraft
  fleetLive: [SA, OPS, MX],             // GET /aircraft/live
  map: [...STAFF, OWNER],
  crew: [SA, OPS],                      // GET /crew, /crew/assignments, /crew/expiring
  maintenance: [SA, OPS, MX],           // GET /maintenance/due
  finance: [SA, OPS, FIN],
  revenue: [SA, OPS, FIN],
  outstanding: [SA, FIN],
  utilization: [SA, OPS, FIN, MX],
  conversion: [SA, OPS, FIN],
  search: STAFF,                        // GET /search
  quote: [SA, OPS, CS, CLIENT, AGENT],  // POST /flights/quote, POST /flights
  clients: [SA, OPS, FIN, CS, AGENT],   // GET /clients
  audit: [SA, FIN],                     // GET /audit/{type}/{id}/history
  asOf: [SA, OPS, CS],                  // GET /flights/{id}/as-of
  flightStatus: [SA, OPS],              // POST /flights/{id}/status
};

export function allowed(feature, role) {
  return (may[feature] || []).includes(role);
}
