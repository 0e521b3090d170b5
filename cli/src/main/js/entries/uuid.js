// The sandbox's uuid module is a function returning a v4 uuid that also carries v4 (and the other generators).
const uuid = require('uuid');
module.exports = Object.assign(function () { return uuid.v4(); }, uuid);
