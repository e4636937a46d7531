/** GET /api/ready: readiness for load balancers and monitors (public; it reveals only which parts answer). */

export default {
  routes: [
    {
      method: 'GET',
      path: '/ready',
      handler: 'readiness.check',
      config: { auth: false },
    },
  ],
};
