// setTimeout, setInterval, setImmediate and their clear functions, over a host sleep.
// A section of the runtime globals, evaluated on first use (see `../globals.js`).
(function (shared) {
    'use strict';

    shared.need('base');
    const { native, invalidArgType, reportUncaught, platformObjects } = shared;

    // One host sleep is armed for the earliest timer; when it ends the earliest due timer runs,
    // then the next one gets its own turn (so promise callbacks run in between, as in Node).
    // Timers do not keep a run alive: it ends when the script's promise settles.

    const timers = new Map();
    let nextTimerId = 1;
    let timerSeq = 0;
    let armed = null;
    let sleepToken = 0;

    const earlier = (a, b) => a.when < b.when || (a.when === b.when && a.seq < b.seq);

    function arm() {
        let next = null;
        for (const timer of timers.values()) if (next === null || earlier(timer, next)) next = timer;
        if (next === null) {
            disarm();
            return;
        }
        if (armed !== null && armed.when <= next.when) return;
        disarm();
        const token = ++sleepToken;
        const when = next.when;
        armed = { token, when };
        native.sleep(token, when - native.now()).then(() => {
            if (armed === null || armed.token !== token) return;
            armed = null;
            fireOne(Math.max(when, native.now()));
        });
    }

    function disarm() {
        if (armed !== null) {
            native.cancel(armed.token);
            armed = null;
        }
    }

    function fireOne(now) {
        let due = null;
        for (const timer of timers.values()) if (timer.when <= now && (due === null || earlier(timer, due))) due = timer;
        if (due !== null) {
            if (due.repeat) {
                due.when = native.now() + due.delay;
                due.seq = ++timerSeq;
            } else {
                timers.delete(due.id);
            }
            try {
                due.callback.apply(undefined, due.args);
            } catch (error) {
                reportUncaught(error);
            }
        }
        arm();
    }

    function timerDelay(delay) {
        const ms = Number(delay);
        return ms >= 1 && ms <= 2147483647 ? ms : 1;
    }

    class Timeout {
        #id;

        constructor(id) {
            this.#id = id;
        }

        ref() {
            return this;
        }

        unref() {
            return this;
        }

        hasRef() {
            return true;
        }

        refresh() {
            const timer = timers.get(this.#id);
            if (timer !== undefined) {
                timer.when = native.now() + timer.delay;
                timer.seq = ++timerSeq;
                arm();
            }
            return this;
        }

        close() {
            clearTimer(this.#id);
            return this;
        }

        [Symbol.toPrimitive]() {
            return this.#id;
        }
    }

    function addTimer(callback, delay, args, repeat) {
        if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
        const id = nextTimerId++;
        const ms = timerDelay(delay);
        timers.set(id, { id, callback, args, repeat, delay: ms, when: native.now() + ms, seq: ++timerSeq });
        arm();
        return new Timeout(id);
    }

    function clearTimer(handle) {
        if (handle === undefined || handle === null) return;
        const id = Number(handle);
        if (timers.delete(id)) arm();
    }

    function setTimeout(callback, delay, ...args) {
        return addTimer(callback, delay, args, false);
    }

    function setInterval(callback, delay, ...args) {
        return addTimer(callback, delay, args, true);
    }

    const clearTimeout = (handle) => clearTimer(handle);
    const clearInterval = (handle) => clearTimer(handle);

    // Immediates run one per turn, after promise callbacks, before any timer that is due later.
    const immediates = [];
    let immediateArmed = false;

    class Immediate {
        ref() {
            return this;
        }

        unref() {
            return this;
        }

        hasRef() {
            return true;
        }
    }

    function armImmediate() {
        if (immediateArmed || immediates.length === 0) return;
        immediateArmed = true;
        native.sleep(++sleepToken, 0).then(() => {
            immediateArmed = false;
            const next = immediates.shift();
            if (next !== undefined) {
                try {
                    next.callback.apply(undefined, next.args);
                } catch (error) {
                    reportUncaught(error);
                }
            }
            armImmediate();
        });
    }

    function setImmediate(callback, ...args) {
        if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
        const handle = new Immediate();
        immediates.push({ handle, callback, args });
        armImmediate();
        return handle;
    }

    function clearImmediate(handle) {
        const i = immediates.findIndex((entry) => entry.handle === handle);
        if (i >= 0) immediates.splice(i, 1);
    }

    platformObjects.push((value) => value instanceof Timeout || value instanceof Immediate);

    return { globals: { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate } };
});
