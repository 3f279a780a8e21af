@NullMarked
package org.cellbook.demo;

import org.jspecify.annotations.NullMarked;
